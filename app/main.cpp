// Replaced by the main window's wiring in the authoring-UI issue.
#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    return 0;
}
