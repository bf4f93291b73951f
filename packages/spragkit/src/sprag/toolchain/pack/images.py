"""The image stage: re-encode, WebP siblings, width variants (Pillow, the ``images`` extra).

For each PNG/JPEG the build serves: the image is re-encoded (JPEG at ``quality``, progressive;
PNG losslessly optimised) and the smaller of the two bodies is kept; width variants are made
at ``WIDTHS`` below the image's own width (never upscaled), and a WebP sibling for each width
when it is smaller than the same width in the original format. The result is recorded in the
manifest under ``"images"`` (see ``sprag.assets.images``), which the server uses to give packed
``<img>`` tags their ``srcset``/``<picture>``.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any, List, Optional, Tuple

from ...assets.images import PackedImage
from .artifact import Artifact

__all__ = ["pillow_available", "optimise_images", "ImageOptions", "WIDTHS", "MISSING_PILLOW"]

WIDTHS = (320, 640, 960, 1280, 1920)
MISSING_PILLOW = "Pillow is not installed; pip install 'spragkit[images]'"
_FORMATS = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG"}
_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png"}


@dataclass(frozen=True)
class ImageOptions:
    quality: int = 80
    webp: bool = True
    srcset: bool = True


def pillow_available() -> bool:
    try:
        import PIL.Image  # noqa: F401
    except ImportError:
        return False
    return True


def _encode(image: Any, fmt: str, quality: int, icc: Optional[bytes]) -> bytes:
    buffer = io.BytesIO()
    extra = {"icc_profile": icc} if icc else {}
    if fmt == "JPEG":
        image.convert("RGB").save(buffer, "JPEG", quality=quality, optimize=True, progressive=True, **extra)
    elif fmt == "PNG":
        image.save(buffer, "PNG", optimize=True, **extra)
    else:  # WEBP
        lossless = fmt == "WEBP-LOSSLESS"
        image.save(buffer, "WEBP", quality=quality, method=6, lossless=lossless, **extra)
    return buffer.getvalue()


def _variant_name(logical: str, width: Optional[int], suffix: str) -> str:
    head, _, name = logical.rpartition("/")
    stem = name.rsplit(".", 1)[0]
    return f"{head}/{stem}{'-' + str(width) + 'w' if width else ''}{suffix}"


def _resized(image: Any, width: int) -> Any:
    from PIL import Image

    height = max(1, round(image.height * width / image.width))
    if image.mode not in ("RGB", "RGBA", "L", "LA"):
        image = image.convert("RGBA")
    return image.resize((width, height), Image.Resampling.LANCZOS)


def optimise_images(artifact: Artifact, options: ImageOptions) -> List[Tuple[str, int, int]]:
    """Pack every PNG/JPEG of ``artifact``; ``[(url, bytes before, bytes after)]``."""
    from PIL import Image, ImageOps

    done: List[Tuple[str, int, int]] = []
    table = artifact.manifest.setdefault("images", {})
    for url in artifact.files:
        logical = artifact.logical(url)
        suffix = "." + url.rsplit(".", 1)[-1].lower()
        fmt = _FORMATS.get(suffix)
        if fmt is None or logical is None:
            continue
        original = artifact.read(url)
        try:
            with Image.open(io.BytesIO(original)) as opened:
                if getattr(opened, "is_animated", False):
                    continue
                icc = opened.info.get("icc_profile")
                image = ImageOps.exif_transpose(opened)
                image.load()
        except Exception as exc:  # noqa: BLE001 - a broken image is named, the others go on
            artifact.notes.append(f"images: {url} was left as it is (Pillow cannot read it: {exc})")
            continue
        quality = options.quality
        reencoded = _encode(image, fmt, quality, icc)
        body = reencoded if len(reencoded) < len(original) else original
        src = artifact.replace(url, body) if body is not original else url
        srcset: List[Tuple[str, int]] = []
        webp: List[Tuple[str, int]] = []
        webp_fmt = "WEBP-LOSSLESS" if fmt == "PNG" else "WEBP"
        widths = [w for w in WIDTHS if w < image.width] if options.srcset else []
        for width in widths + [image.width]:
            scaled = image if width == image.width else _resized(image, width)
            plain = body if width == image.width else _encode(scaled, fmt, quality, icc)
            if width != image.width:
                srcset.append((artifact.add(_variant_name(logical, width, suffix), plain), width))
            else:
                srcset.append((src, width))
            if options.webp:
                encoded = _encode(scaled, webp_fmt, quality, icc)
                if len(encoded) < len(plain):
                    name = _variant_name(logical, width if width != image.width else None, ".webp")
                    webp.append((artifact.add(name, encoded), width))
        table[logical] = PackedImage(src, image.width, image.height, _TYPES[fmt],
                                     tuple(srcset), tuple(webp)).to_manifest()
        done.append((url, len(original), len(body)))
    return done
