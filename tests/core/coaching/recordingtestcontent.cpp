#include "recordingtestcontent.h"

#include "coaching/transcript.h"

#include <QtEndian>

using namespace Qt::StringLiterals;

namespace ContactDesk {

QByteArray RecordingTestContent::wavPattern()
{
    return QByteArray::fromHex("dea1be07c5f3");
}

static void appendLittle32(QByteArray &bytes, quint32 value)
{
    char buffer[4];
    qToLittleEndian(value, buffer);
    bytes.append(buffer, 4);
}

static void appendLittle16(QByteArray &bytes, quint16 value)
{
    char buffer[2];
    qToLittleEndian(value, buffer);
    bytes.append(buffer, 2);
}

QByteArray RecordingTestContent::wav(qsizetype sampleBytes)
{
    QByteArray samples;
    samples.reserve(sampleBytes);
    const QByteArray pattern = wavPattern();
    while (samples.size() < sampleBytes)
        samples.append(pattern);
    samples.resize(sampleBytes);

    QByteArray wav("RIFF");
    appendLittle32(wav, quint32(36 + samples.size()));
    wav.append("WAVEfmt ");
    appendLittle32(wav, 16);
    appendLittle16(wav, 1);        // PCM
    appendLittle16(wav, 1);        // mono
    appendLittle32(wav, 8000);     // samples per second
    appendLittle32(wav, 8000 * 2); // bytes per second
    appendLittle16(wav, 2);        // block align
    appendLittle16(wav, 16);       // bits per sample
    wav.append("data");
    appendLittle32(wav, quint32(samples.size()));
    wav.append(samples);
    return wav;
}

QList<QString> RecordingTestContent::transcriptSentences()
{
    return {u"안녕하세요, 요금제 변경 때문에 연락드렸습니다."_s,
            u"고객님의 새 요금제는 다음 달 일일부터 적용됩니다."_s,
            u"My invoice shows a roaming charge from Lisbon that I never made."_s,
            u"I have refunded the duplicate charge of 48,900 won to your card."_s};
}

QByteArray RecordingTestContent::transcript(qint64 interactionId)
{
    const QList<QString> sentences = transcriptSentences();
    QList<Message> messages;
    for (qsizetype i = 0; i < sentences.size(); ++i) {
        Message message;
        message.interactionId = interactionId;
        message.sender = i % 2 == 0 ? SenderRole::Customer : SenderRole::Agent;
        message.senderName = i % 2 == 0 ? u"김민지"_s : u"Anthony Adams"_s;
        message.body = sentences.at(i);
        message.sentAtMs = 1767225600000 + i * 30000;
        messages.append(message);
    }
    return Transcript::encode(interactionId, messages);
}

} // namespace ContactDesk
