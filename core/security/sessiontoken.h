#pragma once

#include <QString>

namespace ContactDesk {

// The bearer secret of a session. A token is 32 random bytes (libsodium's randombytes_buf) in
// unpadded base64url, 43 characters; the database keeps only hashOf(token), so a copy of the
// database signs nobody in.
class SessionToken final
{
public:
    static constexpr int RandomBytes = 32;

    static QString generate();
    // BLAKE2b (crypto_generichash, 32 bytes) of the token's text, in lower-case hex. A plain
    // fast hash is enough: a token has 256 random bits, there is nothing to guess.
    static QString hashOf(const QString &token);
    // What generate() could have made: 43 base64url characters decoding to RandomBytes.
    static bool isWellFormed(const QString &token);
};

} // namespace ContactDesk
