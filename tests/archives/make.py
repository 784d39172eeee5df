"""Makes the web-archive fixtures of tests/archive.rs with Webrecorder's own tools (pip install warcio
wacz): an article page archived as a WARC response (chunked, gzip-encoded, in Latin-1), a second page,
and the WACZ that packages them with its pages list and digests.

Run from this folder: python3 make.py
"""

import gzip
import io
import os
import subprocess

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ARTICLE = """<!doctype html><html><head><meta charset="iso-8859-1"><title>Retrait russe</title></head><body>
<nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<div class="cookie">Nous utilisons des cookies. Accepter</div>
<article><h1>Les soldats russes quittent le Karabakh</h1>
<p>Les premiers soldats russes de maintien de la paix ont quitté le Haut-Karabagh mercredi, a confirmé le Kremlin dans un communiqué publié dans la soirée.</p>
<p>Le contingent comptait près de deux mille hommes depuis novembre 2020, selon l'accord de cessez-le-feu signé par l'Arménie et l'Azerbaïdjan.</p>
<p>Le retrait devait initialement intervenir en 2025, à l'expiration du mandat de cinq ans prévu par la déclaration trilatérale.</p>
</article><aside>À lire aussi : la météo</aside><footer>© Journal - Tous droits réservés</footer></body></html>
"""

OTHER = """<!doctype html><html><head><title>Autre page</title></head><body><article>
<p>Une autre page de la même archive, sur un autre sujet, assez longue pour être un article à part entière.</p>
<p>Elle sert à vérifier que la page demandée est bien celle qui est prise, et pas la première venue.</p>
</article></body></html>
"""


def chunked(data: bytes, size: int = 200) -> bytes:
    out = b""
    for i in range(0, len(data), size):
        piece = data[i : i + size]
        out += b"%x\r\n" % len(piece) + piece + b"\r\n"
    return out + b"0\r\n\r\n"


def response(writer, url, html: bytes, headers, date):
    http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url, "response", payload=io.BytesIO(html), http_headers=http,
        warc_headers_dict={"WARC-Date": date},
    )
    writer.write_record(record)


with open("article.warc.gz", "wb") as out:
    writer = WARCWriter(out, gzip=True)
    body = chunked(gzip.compress(ARTICLE.encode("iso-8859-1"), mtime=0))
    response(writer, "https://journal.example/monde/retrait-russe", body, [
        ("Content-Type", "text/html; charset=ISO-8859-1"),
        ("Content-Encoding", "gzip"),
        ("Transfer-Encoding", "chunked"),
    ], "2024-04-17T21:05:00Z")
    response(writer, "https://journal.example/autre", OTHER.encode("utf-8"), [
        ("Content-Type", "text/html; charset=utf-8"),
    ], "2024-04-17T21:06:00Z")

with open("pages.jsonl", "w") as pages:  # removed once the WACZ is made
    pages.write('{"format": "json-pages-1.0", "id": "pages", "title": "All Pages"}\n')
    pages.write('{"id": "p1", "url": "https://journal.example/monde/retrait-russe", "ts": "2024-04-17T21:05:00Z", "title": "Retrait russe"}\n')
    pages.write('{"id": "p2", "url": "https://journal.example/autre", "ts": "2024-04-17T21:06:00Z", "title": "Autre page"}\n')

subprocess.run(["wacz", "create", "-o", "article.wacz", "-p", "pages.jsonl", "article.warc.gz"], check=True)
os.remove("pages.jsonl")
