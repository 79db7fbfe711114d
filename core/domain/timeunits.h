#pragma once

#include <QtGlobal>

namespace ContactDesk {

// Milliseconds in the units the core counts time in: every time in the core is epoch
// milliseconds (UTC), every duration milliseconds.
inline constexpr qint64 MsPerSecond = 1000;
inline constexpr qint64 MsPerMinute = 60 * MsPerSecond;
inline constexpr qint64 MsPerHour = 60 * MsPerMinute;
inline constexpr qint64 MsPerDay = 24 * MsPerHour;

} // namespace ContactDesk
