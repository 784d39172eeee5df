#!/usr/bin/env python3
"""Makes the picture fixtures of tests/picture_sources.rs (pillow, piexif, OpenSSL, c2pa-python):

- checkpoint.jpg: a 1200 x 800 photograph-like drawing whose EXIF says it was taken on 17 April 2024
  at 10:32:05 (+04:00) at 39.6363 N, 46.5453 E, by a "NIKON CORPORATION" "NIKON Z 6_2";
- plain.png: a PNG with no metadata at all;
- bad-exif.jpg: checkpoint.jpg with its EXIF segment's offsets pointing past its end;
- rotated.jpg: checkpoint's scene stored 1200 × 800 with EXIF orientation 6 (to be turned a
  quarter clockwise, as phones write their pictures), shown 800 × 1200;
- signed.jpg: a photograph signed with a C2PA manifest (created, then colour-adjusted and cropped)
  by a certificate this script makes with OpenSSL (a test CA and its signer, nothing trusted);
- signed-altered.jpg: signed.jpg with some pixels changed after signing (the manifest no longer
  matches them).

The certificates are made afresh each run, so signed*.jpg differ from run to run; the others repeat.
"""
import io
import os
import subprocess
import tempfile

import c2pa
import piexif
from PIL import Image, ImageDraw

here = os.path.dirname(os.path.abspath(__file__))


def scene(size, sky, ground):
    """A road, a barrier and a hut: enough shapes to recognise where a region lies."""
    w, h = size
    image = Image.new("RGB", size, sky)
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, h * 0.55, w, h], fill=ground)
    draw.polygon([(w * 0.42, h), (w * 0.58, h), (w * 0.52, h * 0.55), (w * 0.48, h * 0.55)], fill=(90, 90, 90))
    draw.rectangle([w * 0.30, h * 0.62, w * 0.70, h * 0.66], fill=(200, 30, 30))
    draw.rectangle([w * 0.72, h * 0.40, w * 0.90, h * 0.70], fill=(120, 100, 80))
    draw.polygon([(w * 0.70, h * 0.40), (w * 0.81, h * 0.30), (w * 0.92, h * 0.40)], fill=(70, 50, 40))
    return image


def rational(value):
    """Degrees as EXIF's three rationals (degrees, minutes, hundredths of seconds)."""
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round(((value - degrees) * 60 - minutes) * 60 * 100)
    return ((degrees, 1), (minutes, 1), (seconds, 100))


def checkpoint_exif():
    return piexif.dump({
        "0th": {
            piexif.ImageIFD.Make: b"NIKON CORPORATION",
            piexif.ImageIFD.Model: b"NIKON Z 6_2",
            piexif.ImageIFD.Orientation: 1,
        },
        "Exif": {
            piexif.ExifIFD.DateTimeOriginal: b"2024:04:17 10:32:05",
            piexif.ExifIFD.OffsetTimeOriginal: b"+04:00",
        },
        "GPS": {
            piexif.GPSIFD.GPSLatitudeRef: b"N",
            piexif.GPSIFD.GPSLatitude: rational(39.6363),
            piexif.GPSIFD.GPSLongitudeRef: b"E",
            piexif.GPSIFD.GPSLongitude: rational(46.5453),
        },
    })


def jpeg(image, exif=None):
    out = io.BytesIO()
    if exif is None:
        image.save(out, "JPEG", quality=85)
    else:
        image.save(out, "JPEG", quality=85, exif=exif)
    return out.getvalue()


def write(name, data):
    with open(os.path.join(here, name), "wb") as f:
        f.write(data)


def certificates(folder):
    """A test CA and an ES256 signer it issued, as C2PA asks of a signer (not self-signed, with an
    extended key usage): returns the signer's chain (PEM) and its private key (PEM)."""
    def run(*args):
        subprocess.run(["openssl", *args], cwd=folder, check=True, capture_output=True)

    with open(os.path.join(folder, "ca.cnf"), "w") as f:
        f.write("[v3_ca]\nbasicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n"
                "subjectKeyIdentifier=hash\n")
    with open(os.path.join(folder, "signer.cnf"), "w") as f:
        f.write("[v3_signer]\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                "extendedKeyUsage=emailProtection\nsubjectKeyIdentifier=hash\n"
                "authorityKeyIdentifier=keyid\n")
    run("ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", "ca.key")
    run("req", "-new", "-x509", "-key", "ca.key", "-sha256", "-days", "3650", "-subj",
        "/CN=Chronomap Test CA/O=Chronomap tests", "-extensions", "v3_ca", "-config", "ca.cnf",
        "-out", "ca.pem")
    run("ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", "signer.ec")
    run("pkcs8", "-topk8", "-nocrypt", "-in", "signer.ec", "-out", "signer.key")
    run("req", "-new", "-key", "signer.key", "-subj", "/CN=Chronomap Test Photo Desk/O=Chronomap tests",
        "-out", "signer.csr")
    run("x509", "-req", "-in", "signer.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
        "-days", "3650", "-sha256", "-extfile", "signer.cnf", "-extensions", "v3_signer", "-out", "signer.pem")
    chain = open(os.path.join(folder, "signer.pem"), "rb").read() + open(os.path.join(folder, "ca.pem"), "rb").read()
    return chain, open(os.path.join(folder, "signer.key"), "rb").read()


def signed(photo):
    manifest = {
        "claim_generator_info": [{"name": "Chronomap tests", "version": "1"}],
        "title": "signed.jpg",
        "assertions": [{
            "label": "c2pa.actions",
            "data": {"actions": [
                {"action": "c2pa.created",
                 "digitalSourceType": "http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture"},
                {"action": "c2pa.color_adjustments"},
                {"action": "c2pa.cropped"},
            ]},
        }],
    }
    with tempfile.TemporaryDirectory() as folder:
        chain, key = certificates(folder)
        info = c2pa.C2paSignerInfo(alg=b"es256", sign_cert=chain, private_key=key, ta_url=None)
        signer = c2pa.Signer.from_info(info)
        builder = c2pa.Builder(manifest)
        out = io.BytesIO()
        builder.sign(signer, "image/jpeg", io.BytesIO(photo), out)
        return out.getvalue()


def altered(signed_jpeg):
    """The same file with bytes of its last scan changed: the pixels differ, the manifest is the same."""
    data = bytearray(signed_jpeg)
    end = data.rfind(b"\xff\xd9")
    for at in range(end - 400, end - 200, 7):
        if data[at] != 0xFF and data[at - 1] != 0xFF:
            data[at] ^= 0x55
    return bytes(data)


def bad_exif(good):
    """checkpoint.jpg with the first IFD's offset in its EXIF pointing far past the segment."""
    data = bytearray(good)
    tiff = data.find(b"Exif\x00\x00") + 6
    data[tiff + 4:tiff + 8] = (0x7FFFFFF0).to_bytes(4, "big" if data[tiff] == 0x4D else "little")
    return bytes(data)


def main():
    checkpoint = jpeg(scene((1200, 800), (150, 190, 230), (120, 150, 90)), checkpoint_exif())
    write("checkpoint.jpg", checkpoint)
    plain = io.BytesIO()
    scene((800, 600), (230, 200, 150), (160, 140, 110)).save(plain, "PNG")
    write("plain.png", plain.getvalue())
    write("bad-exif.jpg", bad_exif(checkpoint))
    turned = piexif.dump({"0th": {piexif.ImageIFD.Orientation: 6}})
    write("rotated.jpg", jpeg(scene((1200, 800), (150, 190, 230), (120, 150, 90)), turned))
    photo = signed(jpeg(scene((900, 600), (170, 200, 240), (100, 130, 80))))
    write("signed.jpg", photo)
    write("signed-altered.jpg", altered(photo))


if __name__ == "__main__":
    main()
