//! Real audio files for recordings: a quiet 440 Hz tone as WAV, Opus silence in Ogg.

use std::io::Cursor;

use ogg::writing::{PacketWriteEndInfo, PacketWriter};

/// The longest file made, whatever the recording's duration, to keep memory small.
const MAX_SECONDS: u64 = 30;

/// WAV, 16 kHz mono 16-bit PCM, a quiet 440 Hz tone.
pub(crate) fn wav(seconds: u64) -> Result<Vec<u8>, String> {
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: 16_000,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let samples = seconds.clamp(1, MAX_SECONDS) * u64::from(spec.sample_rate);
    let mut out = Cursor::new(Vec::new());
    let mut writer = hound::WavWriter::new(&mut out, spec).map_err(|e| e.to_string())?;
    for n in 0..samples {
        let t = n as f64 / f64::from(spec.sample_rate);
        let sample =
            (f64::from(i16::MAX) * 0.1 * (2.0 * std::f64::consts::PI * 440.0 * t).sin()) as i16;
        writer.write_sample(sample).map_err(|e| e.to_string())?;
    }
    writer.finalize().map_err(|e| e.to_string())?;
    Ok(out.into_inner())
}

/// An Opus frame of 20 ms of silence (CELT, full band, mono).
const OPUS_SILENCE: [u8; 3] = [0xF8, 0xFF, 0xFE];
/// Samples per 20 ms frame at Opus's 48 kHz.
const FRAME_SAMPLES: u64 = 960;
/// The decoder delay declared in the header.
const PRE_SKIP: u16 = 312;

/// Ogg Opus (RFC 7845), mono, silence.
pub(crate) fn ogg_opus(seconds: u64) -> Result<Vec<u8>, String> {
    let serial = 0x566F_7841; // "VoxA"
    let mut out = Cursor::new(Vec::new());
    let mut writer = PacketWriter::new(&mut out);

    let mut head = Vec::with_capacity(19);
    head.extend_from_slice(b"OpusHead");
    head.push(1); // version
    head.push(1); // channels
    head.extend_from_slice(&PRE_SKIP.to_le_bytes());
    head.extend_from_slice(&48_000u32.to_le_bytes()); // input sample rate
    head.extend_from_slice(&0i16.to_le_bytes()); // output gain
    head.push(0); // channel mapping family
    writer
        .write_packet(head, serial, PacketWriteEndInfo::EndPage, 0)
        .map_err(|e| e.to_string())?;

    let vendor = b"voxai-mock";
    let mut tags = Vec::new();
    tags.extend_from_slice(b"OpusTags");
    tags.extend_from_slice(&(vendor.len() as u32).to_le_bytes());
    tags.extend_from_slice(vendor);
    tags.extend_from_slice(&0u32.to_le_bytes()); // no user comments
    writer
        .write_packet(tags, serial, PacketWriteEndInfo::EndPage, 0)
        .map_err(|e| e.to_string())?;

    let frames = seconds.clamp(1, MAX_SECONDS) * 50;
    for frame in 1..=frames {
        let end = if frame == frames {
            PacketWriteEndInfo::EndStream
        } else if frame % 50 == 0 {
            PacketWriteEndInfo::EndPage
        } else {
            PacketWriteEndInfo::NormalPacket
        };
        writer
            .write_packet(OPUS_SILENCE.to_vec(), serial, end, frame * FRAME_SAMPLES)
            .map_err(|e| e.to_string())?;
    }
    drop(writer);
    Ok(out.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wav_has_the_declared_length() {
        let bytes = wav(2).unwrap();
        assert_eq!(&bytes[..4], b"RIFF");
        let reader = hound::WavReader::new(Cursor::new(bytes)).unwrap();
        assert_eq!(reader.duration(), 32_000);
    }

    #[test]
    fn ogg_opus_pages_parse_back() {
        let bytes = ogg_opus(1).unwrap();
        assert_eq!(&bytes[..4], b"OggS");
        let mut reader = ogg::PacketReader::new(Cursor::new(bytes));
        let head = reader.read_packet_expected().unwrap();
        assert!(head.data.starts_with(b"OpusHead"));
        let tags = reader.read_packet_expected().unwrap();
        assert!(tags.data.starts_with(b"OpusTags"));
        let mut frames = 0;
        while let Some(packet) = reader.read_packet().unwrap() {
            assert_eq!(packet.data, OPUS_SILENCE);
            frames += 1;
        }
        assert_eq!(frames, 50);
    }
}
