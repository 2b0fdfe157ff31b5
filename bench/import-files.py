#!/usr/bin/env python3
"""Writes large contact files for the import benchmarks, deterministically.

    bench/import-files.py vcard 130000 cards.vcf   # ~55 MB of vCard 3.0, as phones export them
    bench/import-files.py csv 1000000 rows.csv     # ~35 MB: a header and one contact per row

Each vCard has N, FN, ORG, TITLE, an EMAIL, two TELs, ADR, BDAY on a third, CATEGORIES,
a NOTE of a sentence or two and a UID; names have French and Québécois accents. Each CSV row
has a first and last name and an email. Every record is distinct (its
number is in its email and UID), so that every one of them is added.
"""
import random
import sys

FIRST = ["Frédéric", "Élodie", "Geneviève", "François", "Hélène", "Jérôme", "Mélissa",
         "André", "Zoë", "Loïc", "Maëlle", "Benoît", "Cécile", "Gaëtan", "Anaïs", "Josée",
         "Réjean", "Stéphanie", "Noémie", "Sébastien", "Marie", "Jean", "Luc", "Sophie",
         "Camille", "Thomas", "Léa", "Hugo", "Chloé", "Łukasz", "Ana", "Kenji"]
LAST = ["Tremblay", "Gagnon", "Côté", "Bélanger", "Lévesque", "Bérubé", "Pelletier",
        "Duval", "Lefèvre", "Moreau", "Girard", "Rousseau", "Mercier", "Faure", "Nguyen",
        "Quintal", "Ménard", "Lacroix", "Desjardins", "Beaulieu", "Nowak", "Silva"]
COMPANY = ["Concours des vœux", "Atelier Québec", "Ébénisterie Roy", "Studio Lumière",
           "Café Crème SARL", "Les Éditions du Nord", "Brasserie Saint-Roch", "Agence Éclat"]
TITLE = ["Directrice artistique", "Fondateur", "Consultant", "Chargée de projet",
         "Développeur", "Photographe", "Avocate", "Designer"]
CITY = ["Paris", "Montréal", "Québec", "Saint-Denis", "Lyon", "Bordeaux", "Gatineau"]
NOTE = ["Rencontrée au 5 à 7 du Mile End\\, parle de son prochain projet.",
        "Vu au salon des indépendants ; relancer en janvier pour le devis.",
        "Intéressé par un atelier sur la prospection. Ami de Zoë.",
        "Petit-déjeuner networking à La Réunion\\, très bon contact."]


def vcard(i, rnd):
    first, last = rnd.choice(FIRST), rnd.choice(LAST)
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{last};{first};;;",
        f"FN:{first} {last}",
        f"ORG:{rnd.choice(COMPANY)}",
        f"TITLE:{rnd.choice(TITLE)}",
        f"EMAIL;TYPE=INTERNET,WORK:{first[0].lower()}.{i}@example.org",
        f"TEL;TYPE=CELL:+33 6 {i % 100:02d} {i // 100 % 100:02d} {i // 10000 % 100:02d} 00",
        f"TEL;TYPE=WORK:+1 514 555 {i % 10000:04d}",
        f"ADR;TYPE=WORK:;;{i % 300} rue Saint-Denis;{rnd.choice(CITY)};;H2X 3K8;Canada",
        f"CATEGORIES:réseau,{rnd.choice(['clients', 'amis', 'mécénat', 'presse'])}",
        f"NOTE:{rnd.choice(NOTE)}",
        f"UID:bench-{i:08d}-4a7e-9c1d",
    ]
    if i % 3 == 0:
        lines.insert(6, f"BDAY:19{60 + i % 40}-{1 + i % 12:02d}-{1 + i % 28:02d}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def csv_row(i, rnd):
    first, last = rnd.choice(FIRST), rnd.choice(LAST)
    return f"{first},{last},p{i}@example.org\n"


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("vcard", "csv"):
        sys.exit(__doc__)
    kind, n, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    rnd = random.Random(7)
    with open(path, "w", encoding="utf-8", newline="") as f:
        if kind == "csv":
            f.write("First Name,Last Name,Email Address\n")
        for i in range(n):
            f.write(vcard(i, rnd) if kind == "vcard" else csv_row(i, rnd))


if __name__ == "__main__":
    main()
