#!/usr/bin/env bash
# Regenerates the sample voice clips in resources/recordings/ (and their manifest clips.json) with
# espeak-ng: short lines of an agent and a customer, in Korean and in English, that the simulator
# assembles into per-call recordings (core/coaching/callaudioassembler.h).
#
# The clips are generated once and shipped as resources rather than synthesised at run time, so
# that the app, the server and CI need no speech synthesiser (espeak-ng is not in install-deps.sh),
# every machine plays exactly the same audio (a test can rely on a clip's duration), and a call's
# recording is assembled in microseconds instead of seconds of synthesis.
#
# Reproducible: fixed voices, speed, pitch and amplitude, one deterministic resampler below, and
# the espeak-ng version recorded in the manifest (other versions pronounce slightly differently).
# Output: 8 kHz (telephone bandwidth, as G.711 calls are recorded), mono, 16-bit PCM WAV.
#   apt-get install espeak-ng python3 && scripts/make-voice-clips.sh
set -euo pipefail

command -v espeak-ng >/dev/null || {
    echo "make-voice-clips: espeak-ng is missing (apt-get install espeak-ng)" >&2
    exit 1
}
command -v python3 >/dev/null || {
    echo "make-voice-clips: python3 is missing" >&2
    exit 1
}

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/resources/recordings"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# Two voices per language, told apart by variant and pitch: the agent a higher female voice, the
# customer a lower male one, so that a listener (and the waveform) can follow the turns.
agent_variant=f3
agent_pitch=60
customer_variant=m3
customer_pitch=35
speed_en=170
speed_ko=165
amplitude=120

# id | language | speaker | purpose | text. Purposes are what CallAudioAssembler::scriptFor() builds
# a conversation from; every language has every purpose. The card number is the well-known test
# number 4111 1111 1111 1111: it is only ever said while the recording is paused.
lines="$work/lines.tsv"
cat >"$lines" <<'EOF'
en-agent-greeting	en	agent	greeting	Thank you for calling ContactDesk, this is Mina. How can I help?
en-customer-problem	en	customer	problem	Hi. My internet is down since this morning, and the router blinks red.
en-agent-identity	en	agent	identity	Sorry to hear that. May I have your name and date of birth?
en-customer-identity	en	customer	identity	Alex Kim, born May third, nineteen eighty five.
en-agent-hold	en	agent	hold	Thanks. Let me check your line, please hold.
en-agent-resolution	en	agent	resolution	Thanks for waiting. I reset your line, it should work in a few minutes.
en-agent-card-request	en	agent	card-request	There is an open balance. To pay it now, please read your card number.
en-customer-card-number	en	customer	card-number	Four one one one, one one one one, one one one one, one one one one.
en-customer-thanks	en	customer	thanks	Great, thank you so much.
en-agent-goodbye	en	agent	goodbye	You are welcome. Thanks for calling, goodbye.
ko-agent-greeting	ko	agent	greeting	콘택트데스크 김미나입니다. 무엇을 도와드릴까요?
ko-customer-problem	ko	customer	problem	아침부터 인터넷이 안 돼요. 공유기 불이 빨갛게 깜박여요.
ko-agent-identity	ko	agent	identity	불편을 드려 죄송합니다. 성함과 생년월일을 말씀해 주시겠어요?
ko-customer-identity	ko	customer	identity	이준호, 팔십오년 오월 삼일생입니다.
ko-agent-hold	ko	agent	hold	회선을 확인해 보겠습니다. 잠시만 기다려 주세요.
ko-agent-resolution	ko	agent	resolution	기다려 주셔서 감사합니다. 회선을 다시 설정해 드렸습니다.
ko-agent-card-request	ko	agent	card-request	미납 요금이 있는데요, 결제하시려면 카드 번호를 읽어 주세요.
ko-customer-card-number	ko	customer	card-number	사 일 일 일, 일 일 일 일, 일 일 일 일, 일 일 일 일.
ko-customer-thanks	ko	customer	thanks	빨리 해결해 주셔서 감사합니다.
ko-agent-goodbye	ko	agent	goodbye	전화 주셔서 감사합니다. 좋은 하루 보내세요.
EOF

while IFS=$'\t' read -r id language speaker purpose text; do
    if [[ "$speaker" == agent ]]; then
        variant=$agent_variant pitch=$agent_pitch
    else
        variant=$customer_variant pitch=$customer_pitch
    fi
    speed=$speed_en
    [[ "$language" == ko ]] && speed=$speed_ko
    espeak-ng -v "$language+$variant" -s "$speed" -p "$pitch" -a "$amplitude" -w "$work/$id.raw.wav" -- "$text"
done <"$lines"

version="$(espeak-ng --version | sed -E 's/^eSpeak NG text-to-speech: ([^ ]+).*/\1/')"

python3 - "$lines" "$work" "$out" "$version" <<'PYTHON'
"""Resamples espeak-ng's 22.05 kHz output to 8 kHz, trims the silence around the speech,
normalises the level and writes the WAV files and clips.json."""
import json
import math
import os
import struct
import sys
import wave

lines_path, work, out, version = sys.argv[1:5]
RATE = 8000
# Below the 4 kHz Nyquist limit of 8 kHz, with room for the filter's transition band.
CUTOFF = 3600.0
HALF_TAPS = 24  # at the input rate: a windowed-sinc low-pass of 49 taps
PEAK = 0.7      # of full scale: headroom for when agent and customer talk over each other
TRIM_THRESHOLD = 0.02
MARGIN_MS = 80


def read_mono(path):
    with wave.open(path, "rb") as source:
        assert source.getnchannels() == 1 and source.getsampwidth() == 2, path
        rate = source.getframerate()
        frames = source.readframes(source.getnframes())
    count = len(frames) // 2
    return rate, [v / 32768.0 for v in struct.unpack("<%dh" % count, frames)]


def resample(samples, source_rate):
    step = source_rate / RATE
    fc = CUTOFF / source_rate  # cycles per input sample
    out_count = int(len(samples) / step)
    result = []
    for n in range(out_count):
        centre = n * step
        base = int(math.floor(centre))
        total = 0.0
        for k in range(base - HALF_TAPS + 1, base + HALF_TAPS + 1):
            if k < 0 or k >= len(samples):
                continue
            x = k - centre
            sinc = 2 * fc if x == 0 else math.sin(2 * math.pi * fc * x) / (math.pi * x)
            window = 0.5 + 0.5 * math.cos(math.pi * x / HALF_TAPS) if abs(x) < HALF_TAPS else 0.0
            total += samples[k] * sinc * window
        result.append(total)
    return result


def trim(samples):
    loud = [i for i, v in enumerate(samples) if abs(v) >= TRIM_THRESHOLD]
    if not loud:
        return samples
    margin = RATE * MARGIN_MS // 1000
    return samples[max(0, loud[0] - margin):min(len(samples), loud[-1] + margin + 1)]


def normalise(samples):
    peak = max((abs(v) for v in samples), default=0.0)
    if peak == 0:
        return samples
    return [v * PEAK / peak for v in samples]


clips = []
with open(lines_path, encoding="utf-8") as lines:
    for line in lines:
        clip_id, language, speaker, purpose, text = line.rstrip("\n").split("\t")
        rate, samples = read_mono(os.path.join(work, clip_id + ".raw.wav"))
        samples = normalise(trim(resample(samples, rate)))
        # A whole number of milliseconds, so that durationMs is exact and a call's timeline (in
        # ms) meets sample boundaries.
        samples += [0.0] * (-len(samples) % (RATE // 1000))
        pcm = struct.pack("<%dh" % len(samples),
                          *(max(-32768, min(32767, int(round(v * 32767)))) for v in samples))
        file_name = clip_id + ".wav"
        with wave.open(os.path.join(out, file_name), "wb") as target:
            target.setnchannels(1)
            target.setsampwidth(2)
            target.setframerate(RATE)
            target.writeframes(pcm)
        clips.append({
            "id": clip_id,
            "language": language,
            "speaker": speaker,
            "purpose": purpose,
            "text": text,
            "file": file_name,
            "durationMs": len(samples) * 1000 // RATE,
        })

manifest = {
    "sampleRate": RATE,
    "channels": 1,
    "generator": "espeak-ng " + version + " (scripts/make-voice-clips.sh)",
    "clips": clips,
}
with open(os.path.join(out, "clips.json"), "w", encoding="utf-8") as target:
    json.dump(manifest, target, ensure_ascii=False, indent=2)
    target.write("\n")

total = sum(os.path.getsize(os.path.join(out, c["file"])) for c in clips)
print("make-voice-clips: %d clips, %d bytes, %.1f s of speech"
      % (len(clips), total, sum(c["durationMs"] for c in clips) / 1000.0))
PYTHON
