#!/usr/bin/env python3
"""Makes the PDF fixtures of tests/pdf.rs (reportlab, invariant output so the bytes repeat):
report.pdf (three pages: French text with a word hyphenated at a line's end, a sentence to quote
on page 2, page 3 without text), scan.pdf (two pages of drawing only: a scan has no text layer)
and encrypted.pdf (a password)."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab import rl_config

rl_config.invariant = 1
here = os.path.dirname(os.path.abspath(__file__))


def lines(c, text_lines, top=780):
    y = top
    for line in text_lines:
        c.drawString(72, y, line)
        y -= 16


def report():
    c = canvas.Canvas(os.path.join(here, "report.pdf"), pagesize=A4)
    c.setTitle("Rapport sur le retrait")
    c.setFont("Helvetica", 12)
    lines(c, ["Rapport sur le retrait des forces de maintien de la paix",
              "Le 17 avril 2024, le gou-",
              "vernement a confirmé le début du retrait."])
    c.showPage()
    c.setFont("Helvetica", 12)
    lines(c, ["Page deux.",
              "Les derniers soldats ont quitté la région le 12 juin 2024.",
              "Nagorno-",
              "Karabakh reste un nom composé."])
    c.showPage()
    c.rect(100, 100, 200, 200)
    c.showPage()
    c.save()


def scan():
    c = canvas.Canvas(os.path.join(here, "scan.pdf"), pagesize=A4)
    for _ in range(2):
        c.rect(72, 72, 300, 500, fill=1)
        c.showPage()
    c.save()


def encrypted():
    c = canvas.Canvas(os.path.join(here, "encrypted.pdf"), pagesize=A4, encrypt="secret")
    c.setFont("Helvetica", 12)
    c.drawString(72, 780, "Un texte chiffré.")
    c.showPage()
    c.save()


report()
scan()
encrypted()
