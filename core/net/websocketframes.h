#pragma once

#include <QtGlobal>

class QWebSocket;

namespace ContactDesk {

// Every socket of ours, either end, goes through this once it exists (before it sends):
//
// - Each text message leaves as one frame. Qt WebSockets 6.4 cuts an outgoing message into
//   512 KiB frames at byte boundaries, and its own receiver then closes the connection with 1007
//   "Invalid UTF-8 code encountered" when a frame ends inside a multi-byte character (RFC 6455
//   5.6 allows that; Qt checks each frame). Korean names make that a matter of time for any large
//   message, such as a supervisor's wallboard of 2,000 agents.
// - With maxIncomingBytes > 0, Qt drops a peer's message or frame of more than that many bytes
//   before it is in memory (a protocol endpoint still checks its own, smaller limit and answers
//   with a typed error).
void prepareWebSocket(QWebSocket &socket, qsizetype maxIncomingBytes = 0);

} // namespace ContactDesk
