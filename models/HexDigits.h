#pragma once

// Four hexadecimal digits read as a number: the XXXX of a JSON \uXXXX
// escape, of a glyph's <XXXX> in a PDF's text layer.
namespace HexDigits {

// The value of the four digits at `digits` (either case), or -1 when one
// of them is not a hexadecimal digit.
inline int valueOfFour(const char *digits)
{
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = digits[i];
        const int digit = c >= '0' && c <= '9' ? c - '0'
            : c >= 'a' && c <= 'f'             ? c - 'a' + 10
            : c >= 'A' && c <= 'F'             ? c - 'A' + 10
                                               : -1;
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

} // namespace HexDigits
