"""KIM-112 (bewilligt nicht über beantragt) and KIM-113 (verausgabt nicht über bewilligt, in
a Jahresbericht and, per line and year, in a Verwendungsnachweis): the document's facts
against the Bescheid's, read once per run (`load_bescheid`) — or, in a Verwendungsnachweis
checked without one, against the Festbeträge it names itself."""

from __future__ import annotations

from kimdocs.facts import Fakten
from kimdocs.findings import Befund
from kimdocs.formatting import format_eur
from kimdocs.guideline import Regel, Richtlinie
from kimdocs.guideline.kommunen import normalize_name
from kimdocs.rules.common import amounts, not_found
from kimdocs.rules.registry import implements

MELDUNGEN = {
    "unlesbar": "Der Bescheid konnte nicht gelesen werden: {grund}",
    "andere_kommune": "Der Bescheid gehört zu {bescheid}, das Dokument zu {dokument}; der "
                      "Abgleich ist so nicht möglich. Bitte den Bescheid dieser Kommune angeben.",
    "anderes_az": "Der Bescheid hat das Aktenzeichen {bescheid}, das Dokument nennt {dokument}; "
                  "der Abgleich ist so nicht möglich.",
    "ueber": "{liste}.",
    "posten": "{jahr} {posten}: {verb} {betrag}, bewilligt {bewilligt}",
    "passt": "Die Beträge passen zum Bescheid.",
    "passt_genannt": "Die Beträge liegen in den Festbeträgen, die der Nachweis nennt (ohne "
                     "Bescheid geprüft; mit --bescheid gelten dessen Beträge).",
}
LINES = {"personal": "personalkosten", "sach": "sachkosten"}
_LABEL = {"personal": "Personalkosten", "sach": "Sachkosten"}


def _cross(f: Fakten, regel: Regel, *, spent: bool) -> Befund:
    g = f.bewilligt
    if f.bescheid_problem:
        return Befund.of(regel, "nicht_pruefbar", MELDUNGEN["unlesbar"].format(
            grund=f.bescheid_problem))
    if f.bescheid_kommune and f.antragsteller.name and \
            normalize_name(f.bescheid_kommune) not in normalize_name(f.antragsteller.name) and \
            normalize_name(f.antragsteller.name) not in normalize_name(f.bescheid_kommune):
        return Befund.of(regel, "nicht_pruefbar", MELDUNGEN["andere_kommune"].format(
            bescheid=f.bescheid_kommune, dokument=f.antragsteller.name))
    if f.bescheid_aktenzeichen and f.aktenzeichen and \
            f.bescheid_aktenzeichen.replace(" ", "") != f.aktenzeichen.replace(" ", "") and \
            "#" in f.aktenzeichen:  # only an Aktenzeichen in the ministry's form is compared
        return Befund.of(regel, "nicht_pruefbar", MELDUNGEN["anderes_az"].format(
            bescheid=f.bescheid_aktenzeichen, dokument=f.aktenzeichen))
    wrong, checked = [], []
    for posten, line in LINES.items():
        for b in amounts(f, posten)[0]:
            granted = (g.get(b.jahr) or {}).get(line) if (g and b.jahr) else None
            if granted is None:
                continue
            checked.append(b)
            if (b.wert > granted) if spent else (granted > b.wert):
                wrong.append((b, granted))
    if not checked:
        return not_found(regel, f, "Ein Betrag mit Haushaltsjahr, der zum Bescheid passt,")
    if wrong:
        verb = "verausgabt" if spent else "beantragt"
        return Befund.of(regel, "verletzt", MELDUNGEN["ueber"].format(liste="; ".join(
            MELDUNGEN["posten"].format(jahr=b.jahr, posten=_LABEL[b.posten], verb=verb,
                                       betrag=format_eur(b.wert), bewilligt=format_eur(granted))
            for b, granted in wrong)), [b.fundstelle for b, _ in wrong if b.fundstelle])
    return Befund.of(regel, "erfuellt",
                     MELDUNGEN["passt_genannt" if f.bewilligt_genannt else "passt"],
                     [b.fundstelle for b in checked if b.fundstelle])


@implements("bewilligung-nicht-ueber-antrag")
def granted_within_requested(f: Fakten, regel: Regel, r: Richtlinie) -> Befund:
    return _cross(f, regel, spent=False)


@implements("verwendung-nicht-ueber-bewilligung")
def spent_within_granted(f: Fakten, regel: Regel, r: Richtlinie) -> Befund:
    return _cross(f, regel, spent=True)
