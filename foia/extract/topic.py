"""Is this about face recognition? Money and counts are facts for foia only where the thread or
document they sit in speaks of face recognition: a council packet about body cameras, or a staff report
buying license-plate readers from a vendor that also sells face recognition, holds none."""

from __future__ import annotations

import re

from foia.extract.entities import Entity

FACE_RECOGNITION = re.compile(
    r"\bfac(?:e|ial)[\s-]+(?:recognition|comparison|matching|match|search(?:es|ing)?|identification|analysis|analytics|"
    r"biometrics?|images?|detection|scan(?:ning)?|verification|surveillance|capture)\b|\bfacial\b|\bFR[TS]\b|"
    r"\bRekognition|\bClearview|\bNeoFace|\bFace-?VACS|\bFACE\s?Plus|\bFaceFirst|\bFace\+\+|\bAzure\s+Face|\bCognitec|"
    r"\bParavision|\bSAFR\b|\bFACES(?:NXT)?\b|\bFaceSearch|\bMorpho\s?Face|\bface[\s-]?print|\bmug\s?shot\s+(?:search|comparison|matching)|"
    r"(?-i:\bIDentify\b)|\bVeritone\s+IDentify\b|(?-i:\bIDENTIFY\s+(?:SUBSCR\w*|ONBOARD\w*|LIC\w*|USERS?|SEATS?|RENEWAL|MAINT\w*)\b)|"
    r"\bROC\s+(?:Watch|SDK|Investigate)\b|\bLumen\s+FR\b|"
    r"(?-i:\bMFI\b)|"  # MFI: IDEMIA's MorphoFace Investigate, by its short name
    # Loading booking photos into a face gallery: "booking photo enrollment", "mugshot gallery ingest".
    r"\b(?:booking|mug\s?shot|arrest)\s+(?:photo(?:graph)?|image)s?\s+(?:gallery\s+)?(?:enrol\w*|ingest\w*|migration|conversion)\b|"
    r"\b(?:photo|image)\s+gallery\s+(?:enrol\w*|ingest\w*|migration|conversion)\b",
    re.IGNORECASE,
)


# Hardware a quote or price list sells beside the software ("Axis P3268-LVE dome camera", "Cat6 cabling,
# mounts and PoE switch", "WatchGuard in-car SD card"): rows of it are no price of face recognition.
OTHER_HARDWARE = (r"(?:dome|bullet|turret|fisheye|PTZ|box|IP)\s+cameras?|cabling|PoE|network\s+switch(?:es)?|"
                  r"(?:SD|memory|storage)\s+cards?|WatchGuard|docking\s+stations?|UPS\s+batter(?:y|ies)|"
                  r"ProLiant|PowerEdge|ThinkSystem|Synology|NetApp|storage\s+arrays?|\d+\s?TB\s+storage|laptops?|"
                  r"battery\s+packs?|(?:pole|wall)[\s-]?mount(?:ing)?\s+(?:brackets?|kits?)|surge\s+(?:kits?|protectors?)|"
                  r"(?:tower|desktop)\s+(?:workstations?|computers?)|\d+\s?GB\s+RAM|OptiPlex|ThinkCentre|ThinkStation|EliteDesk|ProDesk|"
                  r"Precision\s+\d{4}|(?:document|flatbed|sheet-?fed|barcode|bar\s+code|badge|ID\s+card)\s+(?:scanners?|readers?)|"
                  r"(?:label|receipt|badge|ID\s+card|laser)\s+printers?|Toughbooks?|ThinkPads?|Latitude\s+\d{4}|"
                  r"Surface\s+(?:Pro|Laptop|Go)|(?:LCD|LED|computer|desktop)\s+monitors?|mobile\s+data\s+(?:terminals?|computers?)")


# Products in the gazetteer that are not face recognition (its vendors sell both), and vendors that sell
# nothing else: a mention of any other product, or of such a vendor, puts a document on topic.
NOT_FACE_RECOGNITION = frozenset({"Vigilant LPR (LEARN)", "Evidence.com", "CommandCentral", "BriefCam Review"})
FACE_RECOGNITION_VENDORS = frozenset({
    "Clearview AI", "Cognitec Systems", "FaceFirst", "Paravision", "Rank One Computing", "Trueface", "Kairos", "Corsight AI",
    "AnyVision", "Megvii", "Animetrics", "Allevate Limited", "Blue Line Technology", "Herta Security", "Innovatrics",
})


# "These products do not use facial recognition": a denial does not put a document on topic.
_DENIED = re.compile(
    r"\b(?:no|not|nor|never|without|doesn['’]t|don['’]t|isn['’]t|aren['’]t|excluding|except)\s+"
    r"(?:(?:use|uses|using|include|includes|including|offer|offers|involve|involves|employ|employs|have|has|support|"
    r"supports|contain|contains|provide|provides|any|a|an|the|of)\s+){0,3}$",
    re.IGNORECASE)


def about_face_recognition(text: str) -> bool:
    """Whether the text speaks of face recognition (a term or product), other than to deny it."""
    return any(_DENIED.search(text, max(0, found.start() - 50), found.start()) is None
               for found in FACE_RECOGNITION.finditer(text))


def names_face_recognition(entity: Entity) -> bool:
    """A face-recognition product, or a vendor that sells only face recognition."""
    if entity.kind == "product":
        return entity.name not in NOT_FACE_RECOGNITION
    return entity.kind == "vendor" and entity.name in FACE_RECOGNITION_VENDORS
