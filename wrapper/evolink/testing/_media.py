"""The videos completed tasks link to: real MP4s of the shape asked for, padded to any size without using memory.

A result has the duration, width and height its request asked for (or the
model's defaults): :func:`shaped_mp4` writes an H.264 stream of that shape
itself - one intra picture whose macroblocks all predict a flat grey from
nothing (one byte each), then one skipped picture per frame (a few bytes
each) at 24 frames a second - muxed into an MP4 with its ``moov`` first. No
encoder is needed, a 4K picture costs tens of kilobytes, and each distinct
shape is made once and cached, so a user's test that probes the file sees the
duration and size it asked for at almost no cost.

``sample.mp4`` beside this module is a 2 s, 320x180 H.264 + AAC clip with its
``moov`` box first (made once with ``ffmpeg -f lavfi -i testsrc2=size=320x180:
rate=24:duration=2 -f lavfi -i sine=frequency=440:duration=2 -c:v libx264
-profile:v baseline -pix_fmt yuv420p -crf 38 -c:a aac -b:a 24k -ac 1
-movflags +faststart``). To reach ``video_bytes`` a top-level ``free`` box is
appended: ISO BMFF readers skip boxes they do not need, so ffprobe and players
still read the padded file as the same 2 s clip. The padding (zeros) is
produced chunk by chunk, so a 256 MB result costs no memory, and any byte range
of it can be served on its own. It is what a result of no known shape serves.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources

import attrs

__all__ = ["CHUNK_SIZE", "FRAMES_PER_SECOND", "Shape", "VideoFile", "sample_mp4", "shaped_mp4"]

CHUNK_SIZE = 256 * 1024
_ZEROS = bytes(CHUNK_SIZE)
_BOX_HEADER = 8  # 32-bit size + type
_LARGE_BOX_HEADER = 16  # size 1 + type + 64-bit size, for boxes of 4 GiB and more


@cache
def sample_mp4() -> bytes:
    """The bare sample clip."""
    return resources.files(__package__).joinpath("sample.mp4").read_bytes()


def _free_box_header(size: int) -> bytes:
    if size < 2**32:
        return struct.pack(">I4s", size, b"free")
    return struct.pack(">I4sQ", 1, b"free", size)


class VideoFile:
    """A clip (of ``shape``, else the sample) followed by a ``free`` box, ``size`` bytes in all.

    ``size`` None (or smaller than the clip) gives the bare clip; a gap too
    small for a box header is rounded up to the smallest box.
    """

    def __init__(self, size: int | None = None, shape: Shape | None = None) -> None:
        sample = sample_mp4() if shape is None else shaped_mp4(shape)
        pad = max(0, (size or 0) - len(sample))
        if pad:
            pad = max(pad, _BOX_HEADER if pad < 2**32 else _LARGE_BOX_HEADER)
            self._head = sample + _free_box_header(pad)
        else:
            self._head = sample
        self.size = len(sample) + pad
        digest = hashlib.sha256(sample).hexdigest()[:16]
        self.etag = f'"{digest}-{self.size}"'

    def chunks(self, start: int = 0, stop: int | None = None) -> Iterator[bytes]:
        """Bytes ``start`` to ``stop`` (exclusive; None: the end), at most :data:`CHUNK_SIZE` at a time."""
        stop = self.size if stop is None else min(stop, self.size)
        position = start
        head = len(self._head)
        while position < stop:
            if position < head:
                end = min(stop, head, position + CHUNK_SIZE)
                yield self._head[position:end]
            else:
                end = min(stop, position + CHUNK_SIZE)
                yield _ZEROS[: end - position]
            position = end


# --- videos of a given shape ---------------------------------------------------------------------------

#: Frames per second of every made video.
FRAMES_PER_SECOND = 24
#: Ticks per second of the video track: 512 ticks a frame.
_TIMESCALE = FRAMES_PER_SECOND * 512
#: Ticks per second of the movie header (milliseconds).
_MOVIE_TIMESCALE = 1000
_MATRIX = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)


@attrs.frozen
class Shape:
    """What a video is asked to be: ``width`` x ``height`` pixels (even numbers) for ``seconds``."""

    width: int
    height: int
    seconds: float


@lru_cache(maxsize=64)
def shaped_mp4(shape: Shape) -> bytes:
    """A playable MP4 (H.264 constrained baseline, flat grey, no sound) of ``shape``; made once per shape."""
    frames = max(1, round(shape.seconds * FRAMES_PER_SECOND))
    sps, pps = _sps(shape.width, shape.height), _pps()
    macroblocks = -(-shape.width // 16) * -(-shape.height // 16)
    samples = [_nal(0x65, _idr_slice(macroblocks))]  # nal_ref_idc 3, type 5: the IDR picture
    samples += [_nal(0x41, _skipped_slice(n, macroblocks)) for n in range(1, frames)]  # ref_idc 2, type 1
    return _mp4(shape, sps, pps, samples)


class _Bits:
    """An RBSP written bit by bit: fixed-width numbers and Exp-Golomb codes (H.264 7.2, 9.1)."""

    def __init__(self) -> None:
        self.bits: list[str] = []

    def u(self, width: int, value: int) -> None:
        self.bits.append(format(value, f"0{width}b") if width else "")

    def ue(self, value: int) -> None:
        code = format(value + 1, "b")
        self.bits.append("0" * (len(code) - 1) + code)

    def se(self, value: int) -> None:
        self.ue(2 * value - 1 if value > 0 else -2 * value)

    def raw(self, bits: str) -> None:
        self.bits.append(bits)

    def rbsp(self) -> bytes:
        """The bits with the stop bit and the zero bits that align it (rbsp_trailing_bits)."""
        text = "".join(self.bits) + "1"
        text += "0" * (-len(text) % 8)
        return int(text, 2).to_bytes(len(text) // 8, "big")


def _nal(header: int, rbsp: bytes) -> bytes:
    """A NAL unit: its header byte, then the RBSP with emulation prevention (no 00 00 0x, x <= 3, inside)."""
    out = bytearray([header])
    zeros = 0
    for byte in rbsp:
        if zeros >= 2 and byte <= 3:
            out.append(3)
            zeros = 0
        out.append(byte)
        zeros = zeros + 1 if byte == 0 else 0
    return bytes(out)


def _level(width: int, height: int) -> int:
    """A level whose frame size limit holds the picture (3.1, 4.0, 5.1 or 6.2)."""
    macroblocks = -(-width // 16) * -(-height // 16)
    return next((level for limit, level in ((3600, 31), (8192, 40), (36864, 51)) if macroblocks <= limit), 62)


def _sps(width: int, height: int) -> bytes:
    bits = _Bits()
    bits.u(8, 66)  # profile_idc: baseline
    bits.u(8, 0b11000000)  # constraint_set0 and 1: constrained baseline
    bits.u(8, _level(width, height))
    bits.ue(0)  # seq_parameter_set_id
    bits.ue(0)  # log2_max_frame_num_minus4: frame_num counts modulo 16
    bits.ue(2)  # pic_order_cnt_type 2: output order is decoding order
    bits.ue(1)  # max_num_ref_frames
    bits.u(1, 0)  # gaps_in_frame_num_value_allowed_flag
    columns, rows = -(-width // 16), -(-height // 16)
    bits.ue(columns - 1)
    bits.ue(rows - 1)
    bits.u(1, 1)  # frame_mbs_only_flag
    bits.u(1, 1)  # direct_8x8_inference_flag
    right, bottom = columns * 16 - width, rows * 16 - height
    bits.u(1, 1 if right or bottom else 0)  # frame_cropping_flag; 4:2:0 crops in steps of 2 pixels
    if right or bottom:
        for offset in (0, right // 2, 0, bottom // 2):
            bits.ue(offset)
    bits.u(1, 0)  # vui_parameters_present_flag: the MP4 carries the timing
    return _nal(0x67, bits.rbsp())


def _pps() -> bytes:
    bits = _Bits()
    bits.ue(0)  # pic_parameter_set_id
    bits.ue(0)  # seq_parameter_set_id
    bits.u(1, 0)  # entropy_coding_mode_flag: CAVLC
    bits.u(1, 0)  # bottom_field_pic_order_in_frame_present_flag
    bits.ue(0)  # num_slice_groups_minus1
    bits.ue(0)  # num_ref_idx_l0_default_active_minus1
    bits.ue(0)  # num_ref_idx_l1_default_active_minus1
    bits.u(1, 0)  # weighted_pred_flag
    bits.u(2, 0)  # weighted_bipred_idc
    bits.se(0)  # pic_init_qp_minus26
    bits.se(0)  # pic_init_qs_minus26
    bits.se(0)  # chroma_qp_index_offset
    bits.u(1, 0)  # deblocking_filter_control_present_flag
    bits.u(1, 0)  # constrained_intra_pred_flag
    bits.u(1, 0)  # redundant_pic_cnt_present_flag
    return _nal(0x68, bits.rbsp())


#: One intra macroblock of flat grey: mb_type I_16x16 (DC prediction, no coded residual) ue(3),
#: intra_chroma_pred_mode DC ue(0), mb_qp_delta se(0), and the luma DC block's coeff_token "no coefficients".
_GREY_MACROBLOCK = "00100" + "1" + "1" + "1"


def _idr_slice(macroblocks: int) -> bytes:
    bits = _Bits()
    bits.ue(0)  # first_mb_in_slice
    bits.ue(7)  # slice_type: I, every slice of the picture
    bits.ue(0)  # pic_parameter_set_id
    bits.u(4, 0)  # frame_num
    bits.ue(0)  # idr_pic_id
    bits.u(1, 0)  # no_output_of_prior_pics_flag
    bits.u(1, 0)  # long_term_reference_flag
    bits.se(0)  # slice_qp_delta
    bits.raw(_GREY_MACROBLOCK * macroblocks)
    return bits.rbsp()


def _skipped_slice(number: int, macroblocks: int) -> bytes:
    """A P picture that repeats the previous one: every macroblock skipped."""
    bits = _Bits()
    bits.ue(0)  # first_mb_in_slice
    bits.ue(5)  # slice_type: P, every slice of the picture
    bits.ue(0)  # pic_parameter_set_id
    bits.u(4, number % 16)  # frame_num: each picture is a reference, so it counts up
    bits.u(1, 0)  # num_ref_idx_active_override_flag
    bits.u(1, 0)  # ref_pic_list_modification_flag_l0
    bits.u(1, 0)  # adaptive_ref_pic_marking_mode_flag: sliding window
    bits.se(0)  # slice_qp_delta
    bits.ue(macroblocks)  # mb_skip_run: the whole picture
    return bits.rbsp()


def _box(kind: bytes, *parts: bytes) -> bytes:
    payload = b"".join(parts)
    return struct.pack(">I4s", len(payload) + _BOX_HEADER, kind) + payload


def _full_box(kind: bytes, version_flags: int, *parts: bytes) -> bytes:
    return _box(kind, struct.pack(">I", version_flags), *parts)


def _mp4(shape: Shape, sps: bytes, pps: bytes, nals: list[bytes]) -> bytes:
    """``nals`` (one picture each) as an MP4 with one video track, ``moov`` before ``mdat``."""
    samples = [struct.pack(">I", len(nal)) + nal for nal in nals]  # 4-byte lengths (lengthSizeMinusOne 3)
    ticks = len(samples) * 512
    movie_duration = round(ticks * _MOVIE_TIMESCALE / _TIMESCALE)
    ftyp = _box(b"ftyp", b"isom", struct.pack(">I", 512), b"isomiso2avc1mp41")

    def moov(chunk_offset: int) -> bytes:
        avcc = _box(
            b"avcC",
            bytes([1, sps[1], sps[2], sps[3], 0xFF, 0xE1]),
            struct.pack(">H", len(sps)),
            sps,
            b"\x01",
            struct.pack(">H", len(pps)),
            pps,
        )
        avc1 = _box(
            b"avc1",
            bytes(6),
            struct.pack(">H", 1),  # data_reference_index
            bytes(16),
            struct.pack(">HH", shape.width, shape.height),
            struct.pack(">II", 0x00480000, 0x00480000),  # 72 dpi
            bytes(4),
            struct.pack(">H", 1),  # frame_count
            bytes(32),  # compressorname
            struct.pack(">Hh", 0x18, -1),
            avcc,
        )
        stbl = _box(
            b"stbl",
            _full_box(b"stsd", 0, struct.pack(">I", 1), avc1),
            _full_box(b"stts", 0, struct.pack(">III", 1, len(samples), 512)),
            _full_box(b"stss", 0, struct.pack(">II", 1, 1)),
            _full_box(b"stsc", 0, struct.pack(">IIII", 1, 1, len(samples), 1)),
            _full_box(b"stsz", 0, struct.pack(">II", 0, len(samples)), *(struct.pack(">I", len(s)) for s in samples)),
            _full_box(b"stco", 0, struct.pack(">II", 1, chunk_offset)),
        )
        minf = _box(
            b"minf",
            _full_box(b"vmhd", 1, bytes(8)),
            _box(b"dinf", _full_box(b"dref", 0, struct.pack(">I", 1), _full_box(b"url ", 1))),
            stbl,
        )
        mdia = _box(
            b"mdia",
            _full_box(b"mdhd", 0, struct.pack(">IIIIHH", 0, 0, _TIMESCALE, ticks, 0x55C4, 0)),  # language und
            _full_box(b"hdlr", 0, bytes(4), b"vide", bytes(12), b"VideoHandler\x00"),
            minf,
        )
        tkhd = _full_box(
            b"tkhd",
            3,  # enabled, in the movie
            struct.pack(">IIIII", 0, 0, 1, 0, movie_duration),
            bytes(8),
            struct.pack(">hhhH", 0, 0, 0, 0),
            _MATRIX,
            struct.pack(">II", shape.width << 16, shape.height << 16),
        )
        mvhd = _full_box(
            b"mvhd",
            0,
            struct.pack(">IIII", 0, 0, _MOVIE_TIMESCALE, movie_duration),
            struct.pack(">IH", 0x10000, 0x100),  # rate 1.0, volume 1.0
            bytes(10),
            _MATRIX,
            bytes(24),
            struct.pack(">I", 2),  # next_track_ID
        )
        return _box(b"moov", mvhd, _box(b"trak", tkhd, mdia))

    size = len(moov(0))  # the offset does not change the size of moov
    mdat = _box(b"mdat", *samples)
    return ftyp + moov(len(ftyp) + size + _BOX_HEADER) + mdat
