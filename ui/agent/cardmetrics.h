#pragma once

namespace ContactDesk::CardMetrics {

// The geometry both card delegates (CardDelegate, ContactCardDelegate) draw with, in pixels, so a
// contact card and a customer card line up in the same list.
inline constexpr int Margin = 8;
inline constexpr int LineGap = 2;
inline constexpr int IconSize = 22;

} // namespace ContactDesk::CardMetrics
