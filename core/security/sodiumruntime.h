#pragma once

class QByteArray;

namespace ContactDesk {

// libsodium wants sodium_init() before any other call. Internal to core/security.
class SodiumRuntime final
{
public:
    // Runs sodium_init() the first time (a function-local static: exactly once, also when
    // several threads arrive together); false when libsodium cannot be used on this machine.
    static bool ready();
    // Overwrites the bytes with zeros in a way the compiler cannot drop (keys, passwords).
    static void wipe(QByteArray &bytes);
};

} // namespace ContactDesk
