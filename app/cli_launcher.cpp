#include "app/CliPrograms.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>

// dxplan-cli: starts dxplan-cli-plain or dxplan-cli-widgets (CliPrograms.h)
// in its own place, with the same arguments, standard streams and
// environment, from DXPLAN_CLI_PROGRAMS beside its own folder (the same in
// the build tree and once installed). It links no Qt, so that handing over
// costs about a millisecond.
int main(int argc, char *argv[])
{
    const char *program = argc > 1 && CliPrograms::runsInWidgetsProgram(argv[1])
        ? "dxplan-cli-widgets"
        : "dxplan-cli-plain";
    char self[PATH_MAX];
    const ssize_t length = ::readlink("/proc/self/exe", self, sizeof self - 1);
    std::string path;
    if (length > 0) {
        path.assign(self, size_t(length));
        path.erase(path.rfind('/') + 1);
    }
    path += DXPLAN_CLI_PROGRAMS;
    path += '/';
    path += program;
    ::execv(path.c_str(), argv);
    std::fprintf(stderr, "dxplan-cli: cannot start %s: %s\n", path.c_str(), std::strerror(errno));
    return 2;
}
