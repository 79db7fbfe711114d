#include "websocketframes.h"

#include <QWebSocket>

namespace ContactDesk {

void prepareWebSocket(QWebSocket &socket, qsizetype maxIncomingBytes)
{
    socket.setOutgoingFrameSize(QWebSocket::maxOutgoingFrameSize());
    if (maxIncomingBytes > 0) {
        socket.setMaxAllowedIncomingMessageSize(quint64(maxIncomingBytes));
        socket.setMaxAllowedIncomingFrameSize(quint64(maxIncomingBytes));
    }
}

} // namespace ContactDesk
