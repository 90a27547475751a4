"""The court of every one of the 36 Kommunen, against § 3 Abs. 2 GerOrgG RLP.

The table below is written out by hand from the law (Landesgesetz über die Gliederung und die
Bezirke der Gerichte vom 5. Oktober 1977, Fassung vom 09.07.2010, § 3 Abs. 2 Nr. 1–4), not
derived from the data it checks. A wrong court in the Rechtsbehelfsbelehrung makes the
Klagefrist one year (§ 58 Abs. 2 VwGO).
"""

from __future__ import annotations

import pytest

from kimdocs.guideline.kommunen import load_list

GERORGG = "§ 3 Abs. 2 Nr. {} GerOrgG RLP"

# Kreisschlüssel → (Verwaltungsgericht, Nummer in § 3 Abs. 2 GerOrgG)
BEZIRKE = {
    # Nr. 1 Koblenz: Stadt Koblenz; Landkreise Ahrweiler, Altenkirchen, Bad Kreuznach,
    # Birkenfeld, Cochem-Zell, Mayen-Koblenz, Neuwied, Rhein-Hunsrück, Rhein-Lahn, Westerwald
    "07111": ("VG Koblenz", 1), "07131": ("VG Koblenz", 1), "07132": ("VG Koblenz", 1),
    "07133": ("VG Koblenz", 1), "07134": ("VG Koblenz", 1), "07135": ("VG Koblenz", 1),
    "07137": ("VG Koblenz", 1), "07138": ("VG Koblenz", 1), "07140": ("VG Koblenz", 1),
    "07141": ("VG Koblenz", 1), "07143": ("VG Koblenz", 1),
    # Nr. 2 Mainz: Städte Mainz, Worms; Landkreise Alzey-Worms, Mainz-Bingen
    "07315": ("VG Mainz", 2), "07319": ("VG Mainz", 2), "07331": ("VG Mainz", 2),
    "07339": ("VG Mainz", 2),
    # Nr. 3 Neustadt: Städte Frankenthal, Kaiserslautern, Landau, Ludwigshafen, Neustadt,
    # Pirmasens, Speyer, Zweibrücken; Landkreise Bad Dürkheim, Donnersbergkreis, Germersheim,
    # Kaiserslautern, Kusel, Südliche Weinstraße, Rhein-Pfalz-Kreis, Südwestpfalz
    "07311": ("VG Neustadt", 3), "07312": ("VG Neustadt", 3), "07313": ("VG Neustadt", 3),
    "07314": ("VG Neustadt", 3), "07316": ("VG Neustadt", 3), "07317": ("VG Neustadt", 3),
    "07318": ("VG Neustadt", 3), "07320": ("VG Neustadt", 3), "07332": ("VG Neustadt", 3),
    "07333": ("VG Neustadt", 3), "07334": ("VG Neustadt", 3), "07335": ("VG Neustadt", 3),
    "07336": ("VG Neustadt", 3), "07337": ("VG Neustadt", 3), "07338": ("VG Neustadt", 3),
    "07340": ("VG Neustadt", 3),
    # Nr. 4 Trier: Stadt Trier; Landkreise Bernkastel-Wittlich, Bitburg-Prüm, Vulkaneifel,
    # Trier-Saarburg
    "07211": ("VG Trier", 4), "07231": ("VG Trier", 4), "07232": ("VG Trier", 4),
    "07233": ("VG Trier", 4), "07235": ("VG Trier", 4),
}


def test_table_covers_all_36_kommunen():
    liste = load_list("kommunen-rlp")
    assert len(BEZIRKE) == 36
    assert {e.kreisschluessel for e in liste.eintraege} == set(BEZIRKE)


@pytest.mark.parametrize("schluessel", sorted(BEZIRKE))
def test_court_of_each_kommune(schluessel):
    liste = load_list("kommunen-rlp")
    eintrag = next(e for e in liste.eintraege if e.kreisschluessel == schluessel)
    gericht, nummer = BEZIRKE[schluessel]
    assert eintrag.verwaltungsgericht == gericht, (
        f"{eintrag.name} ({schluessel}): {GERORGG.format(nummer)} sagt {gericht}")
    assert eintrag.verwaltungsgericht in liste.gerichte


def test_data_names_gerorgg_not_agvwgo():
    from importlib import resources
    text = (resources.files("kimdocs.guideline") / "listen" / "kommunen-rlp.yaml").read_text("utf-8")
    assert "GerOrgG" in text
    assert "Ausführung der VwGO" not in text
