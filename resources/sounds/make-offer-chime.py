#!/usr/bin/env python3
"""Writes offer.wav: the two-note chime ContactDesk plays for a new offer (22.05 kHz, 16-bit mono).

Generated rather than recorded so that the sound has no licence of its own and can be changed here.
"""
import math
import os
import struct
import wave

RATE = 22050


def tone(frequency, seconds, amplitude=0.5):
    samples = []
    for i in range(int(RATE * seconds)):
        t = i / RATE
        envelope = min(1.0, i / (RATE * 0.005)) * math.exp(-t * 7)
        value = amplitude * envelope * (math.sin(2 * math.pi * frequency * t)
                                        + 0.3 * math.sin(2 * math.pi * 2 * frequency * t))
        samples.append(value)
    return samples


def main():
    samples = tone(880, 0.16) + tone(1318.5, 0.30)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "offer.wav")
    with wave.open(path, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32000 * 0.8)) for s in samples))


if __name__ == "__main__":
    main()
