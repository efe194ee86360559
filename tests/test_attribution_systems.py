"""Government-run face search systems (Maryland's MIRS, Michigan's SNAP, Pinellas FACES) are no vendor's:
a figure about one has no vendor, unless the document says which company built it; and a table's title
names the system of its rows."""

from __future__ import annotations

from foia.analysis import Fact, analyse
from foia.extract.entities import Gazetteer
from foia.ingest import PageText

GAZETTEER = Gazetteer.load()


def _facts(text: str, kind: str = "usage") -> dict[str, Fact]:
    return {fact.quote: fact for fact in analyse([PageText(1, text, "layer")], GAZETTEER).facts if fact.kind == kind}


AUDIT = """\
ANNE ARUNDEL COUNTY POLICE DEPARTMENT - FACIAL RECOGNITION AUDIT, FY2025

The Department searches two systems: BriefCam Review, licensed from BriefCam for
$31,200 a year, and the Maryland Image Repository System (MIRS), which the Department
of Public Safety and Correctional Services provides at no charge.

At June 30, 2025, 19 AACPD members held MIRS accounts.
Detectives ran 402 searches in FY2025 across both systems.
The Real Time Crime Center holds 6 BriefCam Review licenses.
"""


def test_a_figure_about_a_government_system_has_no_vendor() -> None:
    facts = _facts(AUDIT)
    assert facts["19 AACPD members"].vendor is None
    assert "Maryland Image Repository System" in (facts["19 AACPD members"].attribution_note or "")


def test_a_document_about_a_system_and_a_product_gives_neither_to_counts_its_sentences_leave_open() -> None:
    facts = _facts(AUDIT)
    assert facts["402 searches in FY2025"].vendor is None
    assert facts["6 BriefCam Review licenses"].vendor == "BriefCam"  # named in its sentence


def test_money_is_still_the_vendors_in_a_document_that_names_a_system() -> None:
    costs = _facts(AUDIT, "costs")
    assert costs["$31,200 a year"].vendor == "BriefCam"


def test_a_system_the_document_says_a_vendor_built_is_that_vendors() -> None:
    text = ("STATEWIDE NETWORK OF AGENCY PHOTOS - 2024 REPORT\n\n"
            "SNAP is the State's face search service, built and maintained by DataWorks Plus under\n"
            "contract 071B-2200. At year end SNAP held 4,410,223 booking photographs.\n")
    assert _facts(text)["4,410,223 booking photographs"].vendor == "DataWorks Plus"


def test_a_tables_title_names_the_system_of_its_rows() -> None:
    text = ("Usage. Deputies may search Clearview AI and, through the Ohio Law Enforcement Gateway (OHLEG), the\n"
            "state's own gallery. OHLEG searches are logged by the Attorney General.\n\n"
            "Table 2. Clearview AI searches by quarter, 2024\n\n"
            "Quarter       Searches    Possible match\n"
            "-----------   --------    --------------\n"
            "Q1                  41                12\n"
            "Q2                  37                 9\n\n"
            "In 2024 deputies ran 33 OHLEG searches.\n")
    facts = _facts(text)
    assert facts["Q1                  41"].vendor == "Clearview AI"
    assert facts["Q1                  41"].vendor_source == "section"
    assert facts["33 OHLEG searches"].vendor is None


# A county's monthly log: one column per search tool, then columns that count no one tool's work. The
# document names Clearview AI far more than anything else, so by document every figure would be Clearview's.
COLUMNS_BY_TOOL = """\
MUSKEGON COUNTY SHERIFF'S OFFICE - FACE SEARCH LOG SUMMARY, 2025

Deputies search Clearview AI (12 licensed users) and Amazon Rekognition, which the
Office runs on its own booking photos. Clearview AI is renewed each March; the
Clearview AI contract is the larger one. Clearview AI results go to the analyst.

Month        Rekognition    Clearview      Partner    Leads
               searches     searches     searches   assigned
----------------------------------------------------------
Jan 2025             21           30            4         7
Feb 2025             18           26            2         5
Mar 2025             25           31            3         9
"""


def test_a_column_header_naming_a_tool_gives_its_figures_that_tools_vendor() -> None:
    facts = _facts(COLUMNS_BY_TOOL)
    assert facts["Jan 2025             21"].vendor == "Amazon Web Services"
    assert facts["Jan 2025             21"].vendor_source == "section"
    assert facts["Jan 2025             21           30"].vendor == "Clearview AI"


def test_beside_columns_that_name_tools_a_column_naming_none_has_no_vendor() -> None:
    facts = _facts(COLUMNS_BY_TOOL)
    partner = facts["Jan 2025             21           30            4"]
    assert partner.values["measure"] == "searches"
    assert partner.vendor is None
    assert "names no one" in (partner.attribution_note or "")
    assert facts["Mar 2025             25           31            3         9"].vendor is None
