#include "sessiontoken.h"

#include "sodiumruntime.h"

#include <QByteArray>

#include <sodium.h>

#include <array>

namespace ContactDesk {

static constexpr auto TokenEncoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QString SessionToken::generate()
{
    // Without libsodium there is no password check either, so no session is ever created;
    // ready() is asked for the sodium_init() it runs.
    (void)SodiumRuntime::ready();
    QByteArray bytes(RandomBytes, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    const QString token = QString::fromLatin1(bytes.toBase64(TokenEncoding));
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    return token;
}

QString SessionToken::hashOf(const QString &token)
{
    const QByteArray text = token.toUtf8();
    std::array<unsigned char, crypto_generichash_BYTES> digest{};
    crypto_generichash(digest.data(), digest.size(),
                       reinterpret_cast<const unsigned char *>(text.constData()), quint64(text.size()),
                       nullptr, 0);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest.data()), qsizetype(digest.size())).toHex());
}

bool SessionToken::isWellFormed(const QString &token)
{
    const qsizetype encodedLength = (RandomBytes * 4 + 2) / 3; // 43
    if (token.size() != encodedLength)
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), TokenEncoding | QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == RandomBytes;
}

} // namespace ContactDesk
