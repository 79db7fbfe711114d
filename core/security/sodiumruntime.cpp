#include "sodiumruntime.h"

#include <QByteArray>

#include <sodium.h>

namespace ContactDesk {

bool SodiumRuntime::ready()
{
    // 0: initialised now, 1: already initialised, -1: unusable.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

void SodiumRuntime::wipe(QByteArray &bytes)
{
    sodium_memzero(bytes.data(), size_t(bytes.size()));
}

} // namespace ContactDesk
