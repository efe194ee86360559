"""Policies: whole sentences stating a rule for using face recognition, with a kind for each.

A sentence counts only when it carries a rule cue and is about the technology's use: the sentence
names it or what it works on (faces, photos, matches, searches, "Mobile FR"), or the page does and the
cue is a strong one ("prohibited", "required to", "only for law enforcement use", "shall be deemed
misconduct"), or it binds the people who use it ("Each user must ...", "Members shall not ...").

Negation and modality are read within the sentence: "There is no policy that prohibits the use of
Clearview AI" states no rule, nor does what a rule document does not forbid ("Nothing in this Agreement
prohibits ...", "Board Policy 09.2211 does not prohibit ..."); "Officers are not prohibited from using
face recognition" is a permission; "would"/"could" describe plans. Email confidentiality notices and a
vendor's pricing terms, records requests, questions (asked at a meeting too), what the software does
("The module compares images only against ..."), headings and a contractor's duties under a contract
are never policies.

Kinds: prohibition | requirement | permission | disclaimer | consequence | purpose."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from foia.extract import first_characters
from foia.extract.sentences import sentence_spans

EXTRACTOR = "policies.rules"
KINDS = frozenset({"prohibition", "requirement", "permission", "disclaimer", "consequence", "purpose"})
_I = re.IGNORECASE

# (kind, cue, strong). Strong cues are rules on their own on a page about face recognition; weak ones
# need the topic in the same sentence, or people who use the system as the subject.
_CUES: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    ("disclaimer", first_characters.compile(
        r"\b(?:(?:(?:does|do|shall|will|can|would)\s+not|cannot|can['’]t)\s+(?:by\s+itself\s+|alone\s+)?"
        r"(?:establish|constitute|provide|amount\s+to)\s+"
        r"(?:probable\s+cause|positive\s+identification|an?\s+identification|grounds)|(?:is|are)\s+(?:an?\s+)?(?:investigative\s+)?leads?\s+only|"
        r"investigative\s+leads?\s+only|(?:is|are|be)\s+(?:\w+\s+)?(?:treated|considered|used)\s+(?:only\s+)?as\s+(?:an?\s+)?(?:investigative\s+)?leads?|"
        # "the detective gets it as a lead only, never as an ID"
        r"\bas\s+(?:an?\s+)?(?:investigative\s+)?leads?\s+only\b|"
        r"alone\s+(?:is|are|does)\s+not|not\s+(?:a\s+)?positive\s+identification|not\s+used\s+in\s+an\s+investigative\s+capacity|"
        r"(?:is|are)\s+an?\s+(?:investigative\s+)?lead,?\s+not\s+(?:an?\s+)?(?:positive\s+)?(?:identification|ID\b)|"
        r"(?:is|are|['’]s)\s+(?:an?\s+)?(?:investigative\s+)?leads?,?\s+(?:never|not)\s+probable\s+cause|"
        r"(?:is|are)\s+(?:not|never)(?:,?\s+(?:by\s+itself|alone|in\s+itself|on\s+its\s+own),?)?\s+(?:sufficient\s+)?"
        r"(?:probable\s+cause|(?:sufficient\s+)?grounds|(?:a|the)\s+(?:sole\s+)?basis)|"
        # what a result is not, said with a modal: "shall not be the sole basis for an arrest", "may not serve as
        # the sole basis", "shall not, by itself, establish probable cause" (not "Officers shall not arrest ...")
        r"(?:results?|match(?:es)?|candidates?|leads?|hits?|identifications?|it)\s+"
        r"(?:(?:returned|produced|generated|obtained)\s+(?:by|from)\s+(?:[\w-]+\s+){1,3}?)?(?:(?:is|are)\s+(?:an?\s+)?(?:investigative\s+)?leads?\s+and\s+)?"
        r"(?:(?:shall|may|must|will|can|should)\s+not|cannot),?\s+(?:by\s+itself,?\s+|alone,?\s+|on\s+its\s+own,?\s+)?"
        r"(?:be\s+(?:used\s+as\s+)?(?:the|a)\s+(?:sole|only)\s+basis|serve\s+as\s+(?:the|a)\s+(?:sole|only)\s+basis|"
        r"establish\s+probable\s+cause|constitute\s+probable\s+cause)|"
        # "no result may be used as the sole basis for probable cause"
        r"\bno\s+(?:results?|match(?:es)?|candidates?|leads?|hits?|identifications?)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:shall|may|must|will|can)\s+(?:be\s+used\s+as|serve\s+as|be|establish|constitute)\s+"
        r"(?:(?:the|a)\s+(?:sole|only)\s+basis|probable\s+cause))\b", _I), True),
    ("consequence", first_characters.compile(
        r"\b(?:(?:violations?|misuse|misconduct|abuse|unauthori[sz]ed\s+(?:use|access)|"
        r"(?:any\s+)?use\s+(?:[\w'’-]+\s+){1,6}?(?:contrary\s+to|in\s+violation\s+of|inconsistent\s+with))\b[^.]{0,80}?\b(?:shall|will|may|must|is|are)\s+"
        r"(?:also\s+)?(?:be\s+)?(?:deemed|subject|investigated|reviewed|disciplined|reported|grounds|result|referred|terminated|revoked|"
        r"expose|deleted|purged|destroyed|suppressed)|"
        r"remedy\s+for\s+(?:this\s+)?misconduct|(?:revok\w+|suspend\w*)\s+(?:their\s+|of\s+)?access|"
        r"(?:accounts?|users?|access)\b[^.]{0,80}?\b(?:will\s+be|are|is|shall\s+be)\s+(?:disabled|deactivated|suspended|revoked|locked|removed)|"
        r"(?:will|shall)\s+have\s+(?:(?:their|its|his|her)\s+)?(?:[\w-]+\s+)?(?:access|accounts?)\s+(?:suspended|revoked|terminated|disabled)|"
        r"(?:disciplinary\s+action|dismissal|termination)\b[^.]{0,60}\b(?:misuse|violation)|"
        # "A member who runs a search for a personal reason will lose access ... and is subject to discipline"
        r"(?:(?:an?|any|every|all)\s+(?:[\w-]+\s+)?)?(?:members?|users?|officers?|employees?|examiners?|deputies|deputy|analysts?|"
        r"investigators?|detectives?|account\s+holders?|persons?)\s+(?:who|found\s+to)\s+[^.]{0,120}?\b(?:lose[sd]?|will\s+lose|shall\s+lose|"
        r"(?:is|are|will\s+be|shall\s+be)\s+(?:\w+\s+)?(?:subject\s+to|referred|disciplined|suspended|removed)|faces?\s+discipline)\b|"
        r"(?:misuse|violations?|misconduct)\s+(?:is|are)\s+(?:still\s+|also\s+)?(?:grounds|cause|handled\s+under|referred)\b|"
        # "Anyone caught sharing a login loses their account": said in a chat
        r"\b(?:anyone|anybody|whoever)\b[^.]{0,80}?\b(?:lose[sd]?|will\s+lose|gets?\s+written\s+up|faces?\s+discipline|"
        r"(?:is|will\s+be)\s+(?:subject\s+to|disciplined|referred|suspended))\b|"
        r"(?:misuse|violations?|misconduct)\b[^.]{0,60}?\b(?:results|will\s+result|shall\s+result)\s+in\b|"
        r"\b(?:can|could|may|will|shall)\s+result\s+in\s+(?:[\w-]+\s+){0,3}?(?:termination|discipline|dismissal|suspension|loss\s+of)\b|"
        r"(?:may|will|shall)\s+(?:immediately\s+)?(?:suspend|revoke|terminate|disable)\s+(?:any|the|an?|their|its)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:account|access|credentials)\b[^.]{0,80}?\b(?:breach|violat|misuse|fails?|abuse))", _I), True),
    ("permission", first_characters.compile(
        r"\b(?:are|is|were|was|be)\s+not\s+(?:\w+ly\s+)?(?:prohibited|forbidden|barred|banned|precluded)\s+from\b|"
        r"\b(?:does|do|did)\s+not\s+(?:prohibit|bar|forbid|preclude|ban)\b|"
        r"\bnothing\s+(?:in\s+[\w\s]{1,30}\s+)?(?:prohibits|precludes|bars)\b", _I), True),
    ("prohibition", first_characters.compile(
        # Said in a chat or an email: "Do not upload probe images ...", "nobody installs Clearview Mobile on a
        # personal phone", "the chief's rule stands: no internet-scraped databases".
        r"^\W*(?:(?:also|and|please|so|again|reminder|effective\s+(?:today|immediately|now)),?\s+)?(?:do\s+not|don['’]t|never)\s+"
        r"(?:upload|run|use|share|search|submit|send|install|enter|save|email|forward|load|enrol+|put|give|compare|access|"
        r"download|print|screenshot|post)\b|"
        r"\b(?:nobody|no\s+one)\s+(?:(?:may|can|should|shall|is\s+to|gets\s+to)\s+)?(?:installs?|runs?|uses?|shares?|searche?s?|"
        r"submits?|sends?|uploads?|enters?|loads?|enrol+s?|access(?:es)?|gives?|logs?\s+in|releases?|forwards?|emails?|"
        r"posts?|prints?)\b"
        r"(?![^.]*\b(?:anymore|any\s+more|any\s+longer|these\s+days)\b)|"  # a habit, not a rule
        r"\b(?:rule|directive|order|instruction)s?\b[^.:\n]{0,30}:\s*no\s+[\w-]+|"
        r"\b(?:(?:are|is|be|were)\s+not\s+(?:permitted|allowed|authori[sz]ed)|(?:strictly\s+)?prohibit(?:s|ed|ing|ion)?|forbid(?:s|den)?|"
        r"(?:is|are)\s+never\s+to\s+(?:be\s+)?\w+|\bshall\s+remain\s+(?:disabled|off|inactive|deactivated|turned\s+off)|"
        r"\bno\s+(?:[\w'’-]+\s+){1,3}?(?:is|are)\s+to\s+be\s+\w+|"
        r"will\s+not\s+(?:be\s+used|(?:\w+\s+)?(?:perform|request|use|conduct|share|retain|store|deploy|disseminate|violate|search|submit|access"
        r"|run|connect|scan|compare|enroll|upload|monitor|integrate|track|process|accept|allow|permit|forward|send|release)\b|be\s+(?:run|connected|integrated|deployed|"
        r"applied|enrolled|uploaded|compared|scanned|linked|enabled|activated|loaded|added)\b)|"
        r"(?:may|shall|must|cannot|can\s+not)\s+not\s+be\s+used|(?:may|shall|must)\s+not\s+be\s+(?:shared|released|disseminated|retained)|"
        r"(?:is|are|was|were)\s+not\s+(?:to\s+be\s+)?used|never\s+be\s+used|not\s+to\s+be\s+used|"
        r"no\s+(?:[\w-]+\s+){0,4}?(?:may|shall|will|can)\s+(?:ever\s+)?be\s+(?:used|relied)|(?:the\s+)?sole\s+basis|"
        r"(?:made|based|issued|sought|relied\s+(?:up)?on)\s+solely\s+(?:on|upon)|solely\s+on\s+the\s+basis\s+of|"
        r"under\s+no\s+circumstances|(?:bars?|forbids?)\s+(?:the\s+)?use\s+(?:of|on|in|at|for|against)\b|"
        r"(?:are|is)\s+not\s+(?:loaded|enrolled|searched|uploaded)\b|(?:are|is|were|be)\s+(?:\w+ly\s+)?(?:barred|banned|precluded)\s+from\b|"
        r"(?:bars|forbids)\s+(?:also\s+)?[a-z]+ing\b|"
        r"(?:bars?|barred|forbids?)\s+(?:officers|deputies|users|members|employees|personnel|"
        r"investigators|detectives|analysts|staff|(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,6}|the\s+(?:department|agency|office|city)\s+)from|"
        r"(?:^|\n)[^\S\n]*(?:(?:\d{1,4}(?:\.\d{1,3})+\.?|[A-Za-z0-9]{1,3}[.)]|[-•*])\s+)?no\s+(?!(?:more|fewer|less|later|longer)\s+than\b)(?:[\w'’-]+\s+){1,15}?(?:may|shall|can)\s+"
        r"(?!be\s+(?:charged|billed))|"
        # mid-sentence ("Per SOP 3155, section 4.6, no Clearview search may be run without ...")
        r"\bno\s+(?!(?:more|fewer|less|later|longer)\s+than\b)(?:[\w'’-]+,?\s+){1,5}?(?:may|shall|can)\s+(?:ever\s+)?be\s+"
        r"(?!charged|billed|due)\w+|"
        r"\bno\s+(?:[\w'’-]+\s+){0,2}?(?:officers?|members?|deputies|deputy|users?|analysts?|employees?|detectives?|investigators?|"
        r"one|personnel)\s+(?:may|shall|can|will)\s+(?:ever\s+)?(?:run|use|search|access|submit|upload|share|conduct|enroll|"
        r"request|install|open|obtain|acquire|purchase|possess|retain|operate|deploy|employ|create|hold|renew)\b|"
        # a rule list's verbless item ("No searches of live or recorded video of First Amendment activity.")
        r"(?:^|\n)[^\S\n]*(?:[-•*]\s+)?no\s+(?:face\s+|facial\s+recognition\s+|FR\s+)?(?:searches|search|queries|requests)\s+"
        r"(?:of|on|for|using|against|without)\b|"
        r"no\s+(?:images?|photos?|photographs?|data)\s+(?:of\s+[\w\s]{1,40}?)?"
        r"(?:were|was|will\s+be|are|is|shall\s+be)\s+(?:used|retained|stored|shared|collected))\b", _I), True),
    ("requirement", first_characters.compile(
        r"\b(?:(?:are|is|be)\s+(?:\w+ly\s+|now\s+|also\s+|still\s+)?required\s+to|(?:are|is)\s+responsible\s+for\s+"
        r"(?:verifying|ensuring|confirming)|in\s+accordance\s+with\s+(?:this|the)\s+(?:policy|general\s+order|directive)|per\s+policy|"
        r"(?:purposes?|use)\s+only(?!\s*:)|(?:may|can|shall|must)\s+only\b|only\s+(?:be\s+)?(?:used|use|accessed|granted|images?|photos?|"
        r"photographs?|booking|authori[sz]ed|trained|for|lawfully)|(?:used|designed)\s+(?:\w+\s+){0,8}?"
        r"(?:for|in)\s+[\w\s-]{1,40}?\s+only\b|authori[sz]ed\s+(?:users?|agencies|personnel|officers?)\s+(?:are|is)\s+(?:those|limited|restricted)|"
        r"until\s+(?:they|he|she|users?|officers?|members?)\s+(?:are|have\s+been|can\s+be)\s+trained|"
        r"must\s+be\s+(?:in\s+place|trained|approved|reviewed|documented|logged|signed)|"
        r"(?:used|accessed|run|searched)\s+only\b|(?:released|shared|disclosed|provided|disseminated|issued|granted|assigned)\s+only\s+"
        r"(?:to|after|once|upon)\b|(?:may|shall|can|will)\s+(?:include|contain|hold)\s+only\b|"
        r"(?:use|access)\s+(?:of|to)\s+(?:the\s+)?[\w\s-]{1,40}?\s+(?:is|are|shall\s+be|will\s+be)\s+(?:restricted|limited)\s+to|"
        r"will\s+only\s+(?:be\s+)?(?:process|use|search|run|compar|access|shar|enrol)\w*|"
        r"until\s+[\w\s'’-]{1,40}?\s+(?:completes?|has\s+completed|have\s+completed|passes|has\s+passed)\b[^.]{0,60}\b(?:training|course|certification)|"
        r"(?:photos?|images?|photographs?|mug\s?shots?)\s+only\b|it\s+is\s+the\s+policy\s+of|(?:our|the\s+\w+(?:['’]s)?|department)\s+policy\s+is\s+that|"
        r"(?:^|\n)[^\S\n]*(?:(?:\d{1,4}(?:\.\d{1,3})+\.?|[A-Za-z0-9]{1,3}[.)]|[-•*])\s+)?only\s+(?:[\w'’()-]+\s+){1,30}?"
        r"(?:may|can|shall|will|are\s+(?:permitted|authori[sz]ed|allowed))\b|"
        r"\bonly\s+(?:sworn|trained|authori[sz]ed|certified|designated)\b|requires?\s+(?:us|the\s+(?:department|agency|county|city|office))\s+to|"
        r"(?:is|are|must\s+be|shall\s+be|will\s+be)\s+(?:independently\s+|first\s+)?(?:reviewed|verified|approved|confirmed)\s+by|"
        r"(?:shall|will|must)\s+be\s+(?:deleted|purged|destroyed|retained|kept|expunged|discarded)\s+(?:within|after|for|no\s+(?:later|longer))|"
        r"(?:shall|will)\s+(?:audit|publish\s+(?:an?\s+)?(?:\w+\s+)?report|report\s+(?:its\s+|the\s+)?(?:findings|the\s+number|annually|quarterly))|"
        r"(?:shall|must|may)\s+\w+\s+(?:[\w-]+\s+){0,8}?only\s+(?:through|via|by|with|after|upon)\b|"
        r"\b(?:has|have)\s+to\s+be\s+(?:logged|documented|approved|reviewed|tied|entered|recorded|verified|confirmed|checked)\b|"
        r"\bpermits?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?only\s+(?:in|for|when|if|after|with|by)\b|"
        r",\s+only\s+(?:[\w'’()-]+\s+){1,20}?(?:may|can|shall)\b|"
        r"\b(?:access|submit|request|run|search|use)\s+(?:[\w-]+\s+){0,3}?only\s+(?:through|via)\b|"
        r"(?:are|is)\s+(?:retained|kept|purged|deleted|destroyed)\s+(?:for|after|within|no\s+longer)\b|"
        r"(?:shall|will)\s+be\s+limited\s+to|(?:shall|must)\s+(?:provide|submit|deliver|file)\s+(?:[\w-]+\s+){0,4}?report|"
        r"(?:is|are|shall\s+be|will\s+be)\s+(?:capped|limited|restricted)\s+(?:at|to)\b(?!\s*(?:[$€£]|USD))|"
        r"(?:may|shall|can|will)\s+(?:be\s+)?\w+\s+only\s+(?:for|by|from|in|on|to|with|when|if|after|under|upon|through|via)\b|"
        r"\b(?:every|each|all)\s+(?:[\w-]+\s+)?(?:search|searches|requests?)\s+(?:is|are)\s+(?:logged|documented|recorded|"
        r"reviewed|approved)\b|"
        r"\b(?:has|have)\s+to\s+(?:have|include|carry|bear|show|state)\b|\bgo(?:es)?\s+only\s+to\b|"
        r"\b(?:audits?|reviews?)\s+(?:a\s+)?(?:random\s+)?(?:sample\s+of\s+)?\d{1,3}(?:\s+percent|%)\s+of\s+(?:all\s+)?"
        r"(?:searches|requests|queries|results)\b|"
        r"(?:may|shall|can|will)\s+(?:be\s+)?\w+(?:\s+[\w'’-]+){0,4}?\s+only\s+(?:if|when|after|upon)\b|"
        r"(?:shall|will)\s+publish\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:count|report|summary|statistics)|"
        r"(?:routed|sent|forwarded|delivered|reported)\s+only\s+to|"
        r"only\s+(?:at|upon|on)\s+the\s+(?:written\s+)?request\s+of|requires?\s+(?:oversight|approval|training|"
        r"the\s+agency|agencies|officers|users)|"
        r"requires?\s+(?:that\s+)?(?:each|every|all|an?)\s+(?:[\w'’-]+\s+){0,4}?(?:number|approval|logged|reviewed|approved|"
        r"documented|training))\b", _I), True),
    ("permission", first_characters.compile(
        r"\b(?:allows?|permits?|authori[sz]es?)\s+(?:only\s+)?authori[sz]ed\s+(?:[\w-]+\s+){0,3}to\b|"
        # an exception a named officer may grant: "In an emergency, the on-duty Lieutenant may approve a search ..."
        r"\bmay\s+(?:authori[sz]e|approve|permit)\s+(?:an?\s+|the\s+)?(?:emergency\s+)?(?:face\s+|facial\s+recognition\s+|FRT?\s+)?"
        r"(?:search|request|use|exception)", _I), True),
    # A cap on who may use it: "No more than 12 members may hold FRT accounts", "MCPO will issue no more than 40
    # user accounts", "BART may designate up to eight (8) Authorized Users", "every search needs an incident number".
    ("requirement", first_characters.compile(
        r"\b(?:no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of|at\s+most)\s+(?:[\w()'’-]+\s+){1,4}?(?:may|shall|will|can)\s+"
        r"(?:hold|have|be\s+(?:issued|granted|assigned|given|designated|authori[sz]ed)|receive|access)\b|"
        r"\b(?:may|shall|will|can)\s+(?:issue|designate|grant|assign|authori[sz]e|train)\s+(?:up\s+to|no\s+more\s+than|"
        r"a\s+maximum\s+of|at\s+most)\s+(?:[\w()'’-]+\s+){1,4}?(?:users?|accounts?|examiners?|analysts?|members?|seats?|"
        r"licen[cs]es?|operators?)\b|"
        r"\b(?:every|each|all)\s+(?:[\w-]+\s+)?(?:search|searches|requests?|quer(?:y|ies)|submissions?)\s+"
        r"(?:also\s+|still\s+)?(?:needs?|requires?)\b", _I),
     True),
    ("prohibition", first_characters.compile(r"\b(?:shall|must|may)\s+not\b", _I), False),
    ("requirement", first_characters.compile(
        r"\b(?:requires?|restricts?|restricted\s+to|limited(?:\s+to)?|limits?|must|shall)\b", _I), False),
    ("permission", first_characters.compile(
        r"\b(?:(?:are|is)\s+(?:permitted|authori[sz]ed|allowed)\s+to"
        r"|may\s+(?:be\s+)?(?:used|use|access|search|submit|request|made|submitted|requested)|"
        r"may\s+run\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:search|searches|query|queries)|"
        r"may\s+run\s+(?:face|facial)\s+(?:recognition|matching|comparisons?))\b", _I), False),
)
# "The purpose of this order ...", "This order establishes procedures for the use of ...", "This policy governs
# member use of facial recognition searches".
_PURPOSE = first_characters.compile(
    r"\bpurpose\s+of\s+this\s+(?:general\s+order|policy|directive|procedure|order|section)\b|"
    r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?this\s+(?:general\s+order|policy|directive|procedure|order|SOP|chapter|"
    r"standard\s+operating\s+procedure)\s+"
    r"(?:establishes|governs|sets|provides|outlines|defines|prescribes|regulates)\b", _I)
# What the system is for, stated as its scope: "Facial recognition is used only to develop investigative
# leads", "The User Agency shall use the System only to identify a suspect", "a search may be run only in
# an open criminal case", "The tool is used to identify suspects, victims and witnesses". A purpose, not a
# condition of use ("only with a supervisor's approval") or a caveat ("only as an investigative lead").
_SCOPE_OBJECT = (r"(?:to\s+(?:help\s+|assist\s+in\s+|aid\s+in\s+)?(?:identify(?:ing)?|develop|generate|investigate|locate|"
                 r"compare\s+(?:an?\s+|the\s+)?probe)\b"
                 r"(?!\s+(?:the\s+)?(?:requesting|user|account))|"
                 r"for\s+(?:law\s+enforcement\s+)?investigative\s+purposes|"
                 r"(?:in|for)\s+(?:the\s+|an?\s+)?(?:investigations?\s+of|(?:an?\s+)?(?:active|open|ongoing|documented)\s+(?-i:[A-Z]{2,6}\s+)?criminal|"
                 r"felony|criminal\s+(?:investigations?|cases?|matters?)|connection\s+with\s+(?:an?\s+)?(?:active\s+|open\s+)?criminal))")
_SCOPE = first_characters.compile(
    r"\b(?:(?:is|are|be)\s+used|uses?\s+(?:FRT|FRS|it|the\s+(?:system|software|tool|service|technology)|"
    # a product by its name: "The Sheriff's Office shall use MFI only to develop leads"
    r"(?-i:[A-Z][A-Za-z0-9+-]*(?:\s+[A-Z][A-Za-z0-9+-]*)?)|"
    r"fac(?:e|ial)\s+recognition(?:\s+technology)?)|(?:be|is|are)\s+(?:run|conducted|performed)|runs?\s+(?:a\s+)?searche?s?)\s+"
    rf"(?:only\s+|solely\s+|exclusively\s+)?{_SCOPE_OBJECT}", _I)
# ... and what makes it a condition or a caveat instead.
_NOT_SCOPE = re.compile(r"\bonly\s+(?:as|with|after|upon|by|if|when|once|through|via)\b|\b(?:can|could|might)\s+be\s+used\b|"
                        r"\b(?:wish(?:es)?|wants?|plans?|intends?|hopes?|seeks?|proposes?)\s+to\s+use\b|"
                        r"\b(?:must|shall)\s+(?:not\s+)?(?:be\s+)?"
                        r"(?:approved|reviewed|logged|documented|confirmed|corroborated|verified)\b", _I)
# Systems a report or policy covers beside face recognition, whose rules are not face recognition's.
_OTHER_SYSTEM = re.compile(r"\b(?:LPRs?|ALPRs?|license\s+plate|licence\s+plate|plate\s+(?:readers?|detections?|reads?)|"
                           r"body[\s-]*worn|body\s+cameras?|dash\s?cams?|in-car\s+video|drones?|UAS|ShotSpotter|"
                           r"gunshot\s+detection|fingerprints?|live\s?scan|cell\s?phone\s+extraction)\b", _I)
# Face-recognition products whose name alone puts a sentence or page on topic.
_PRODUCTS = (r"Rekognition|Clearview|NeoFace|FaceVACS|Face-VACS|FACE\s?Plus|FaceFirst|Face\+\+|Azure\s+Face|Cognitec|IDEMIA|"
             r"Morpho\w*|DataWorks|Rank\s+One|ROC\s+SDK|Paravision|FaceSearch|MegaMatcher|VeriLook|IDentify|SAFR|\bFACES\w*")
_TOPIC = first_characters.compile(
    r"\b(?:fac(?:e|ial)[\s-]+(?:recognition|matching|identification|comparison|search|images?)|biometric\w*|faces?|"
    r"photo(?:graph)?s?|images?|mug\s?shots?|booking|probe|matche?s?|match(?:ing)?|searche?s?|candidates?|"
    r"identification\s+leads?|leads?|FRS|FRT|FACES\w*|Rekognition|Clearview|algorithm|video\s+streams?|watch\s?lists?|comparisons?|"
    r"(?:live|streaming|real[\s-]?time)\s+(?:or\s+(?:live|streaming|recorded)\s+)?(?:video|feeds?|footage)|"
    r"the\s+(?:technology|system|software|tool|application|service|platform))\b|(?-i:\bFR\b)|" + _PRODUCTS,
    _I,
)
# What a face-recognition system's rules are about, on a page about face recognition: "Every result must
# be reviewed ...", "Accounts shall be issued only to ...", "Search logs shall be kept ...".
_SYSTEM_OBJECT = first_characters.compile(r"\b(?:results?|accounts?|alerts?|logs?|credentials?|gallery|galleries)\b", _I)
_PAGE_TOPIC = first_characters.compile(rf"\bfac(?:e|ial)[\s-]+recognition\b|\bFR[ST]\b|(?-i:\bFR\b)|{_PRODUCTS}", _I)
# The people a use rule binds: "Each user must ...", "Members shall not ...", "DPD members are ...".
_PERSONNEL_SUBJECT = first_characters.compile(
    r"^\W*(?:[\w.,]+\s+){0,6}?(?:users?|officers?|members?|personnel|employees?|investigators?|analysts?|agenc(?:y|ies)|"
    r"department|deputies|detectives?|examiners?|staff|requesters?|operators?|requests?|submissions?)\b[^.]{0,80}?"
    r"\b(?:must|shall|will|may|are|is)\b",
    _I)
# Sentences that ask for or talk about records, not rules: requests and their boilerplate.
_REQUEST_TALK = first_characters.compile(
    r"\b(?:I|we)\s+(?:hereby\s+|further\s+|also\s+)?request|\brequested\s+documents\b|\bpublic\s+records\s+(?:act|request)|"
    r"\b(?:provide|send|produce|request(?:ing)?|obtain)\s+(?:me\s+|us\s+)?(?:with\s+)?(?:\w+\s+)?copies\s+of\b|"
    r"\bcopies\s+of\s+(?:all|any)\s+(?:records|documents|communications|e-?mails|contracts|policies)\b|^\W*(?:any|all)\s+(?:\w+\s+){0,2}(?:documents|records|policies|communications|e-?mails|contracts)\b|"
    r"\bredact|\bdocuments\s+sufficient\b|\bpursuant\s+to\b.*\brecords\s+act\b|\bplease\s+(?:provide|send)\b",
    _I,
)
# Never rules of use: email confidentiality notices, statements that no rule exists, a contractor's duties,
# plans ("would", "could"), and questions.
_BOILERPLATE = first_characters.compile(
    r"\bintended\s+recipient|\bconfidentiality\s+(?:notice|statement)|\bprivileged\s+(?:and|or)\s+confidential|"
    r"\bthis\s+(?:e-?mail|message|communication|transmission)\b[^.]{0,80}\b(?:confidential|privileged|intended)|"
    r"\bif\s+you\s+(?:have\s+)?received\s+this\s+(?:e-?mail|message)\s+in\s+error|"
    # A document's own standing: "This quote is confidential ...", "This order is for internal Department
    # use only", "... does not create a higher standard of care", "shall not be construed as ...".
    r"\bthis\s+(?:[\w-]+\s+){0,3}?(?:quote|quotation|proposal|order|policy|directive|procedure|document|MOU|memorandum|"
    r"agreement)\b[^.]{0,120}\b(?:confidential|proprietary|(?:internal|departmental|department|official)\s+(?:[\w'’]+\s+){0,3}use\s+only|"
    r"sets?\s+(?:out\s+)?the\s+terms)|\bconfidential\s+(?:commercial|business|proprietary|pricing)\s+information|"
    r"\b(?:pricing|prices)\b[^.]{0,60}\b(?:proprietary|confidential)\b|"
    r"\bstandard\s+of\s+(?:safety\s+or\s+)?care\b|\b(?:civil\s+or\s+criminal|criminal\s+or\s+civil)\s+liability\b|"
    r"\b(?:shall|will|is|should)\s+not\s+be\s+construed\b|"
    # An email footer's tail: "Any other use or disclosure is prohibited."
    r"^\W*any\s+(?:(?:other|unauthori[sz]ed)\s+)?(?:(?:review|use|disclosure|distribution|copying|dissemination|retention|"
    r"forwarding|printing|reliance)(?:,|\s+or|\s+and|,\s+or)?\s+){2,6}(?:of\s+this\s+(?:e-?mail|message|communication|"
    r"transmission|information)\s+)?is\s+(?:strictly\s+)?prohibited\W*$|"
    r"^\W*(?:any\s+)?(?:(?:other|unauthori[sz]ed)\s+)?(?:(?:review|use|disclosure|distribution|copying|dissemination|retention|"
    r"forwarding|printing|reliance)(?:,|\s+or|\s+and|,\s+or)?\s+){1,6}(?:of\s+this\s+[^.]{1,40}?\s+)?by\s+(?:others|anyone\s+else|any\s+other\s+person|"
    r"persons?\s+other\s+than)\b[^.]{0,60}?\s+is\s+(?:strictly\s+)?prohibited\W*$|"
    # a release's marking: "FOR LAW ENFORCEMENT USE ONLY - Released under FOIL ..."
    r"^\W*(?-i:(?:FOR\s+)?(?:OFFICIAL|LAW\s+ENFORCEMENT|INTERNAL|DEPARTMENTAL)\s+USE\s+ONLY)\b", _I)
_NO_RULE = first_characters.compile(
    r"\b(?:there\s+(?:is|are|was|were)\s+no|no|without\s+(?:a|any)|not\s+(?:have\s+)?(?:a|any))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:polic(?:y|ies)|laws?|rules?|regulations?|statutes?|ordinances?|guidelines?|restrictions?|prohibitions?|directives?|"
    r"(?:general\s+)?orders?|procedures?|SOPs?)\b"
    r"(?:\s+[\w'’-]+){0,5}?\s+(?:in\s+place|governing|that|which|to|forbidding|prohibiting|restricting|limiting|regulating|"
    r"banning|against|prohibits?|bars?|forbids?|restricts?|limits?|regulates?|governs?|requires?|authori[sz]es?|addresses)\b|"
    # An opinion on whether a rule exists: "I don't think there's anything in the GO that prohibits ...".
    r"\b(?:do|does|did)\s*n(?:o|['’])t\s+(?:think|believe|see)\b[^.]{0,80}\b(?:prohibits?|forbids?|bars?|requires?)\b|"
    # what is not required: "Policy 612 does not require audits of searches", "CTEP requires no local match"
    r"\b(?:does|do|did)\s*n(?:o|['’])t\s+require\b|\brequires?\s+no\b|"
    # What a rule document does not forbid: "Nothing in this Agreement prohibits ...", "Board Policy 09.2211
    # does not prohibit District police from ..." (people "not prohibited from" it are a permission).
    r"\bnothing\s+in\s+(?:this|the|these|that|our|its|their)\s+(?:[\w-]+\s+){0,2}?(?:agreement|order|polic(?:y|ies)|directive|SOP|GO|"
    r"procedure|MOU|memorandum|section|chapter|contract|rule|law|statute|ordinance|code|charter)s?\b[^.]{0,40}?\b(?:prohibits?|precludes?|bars?|"
    r"restricts?|limits?|prevents?)\b|"
    r"\b(?:polic(?:y|ies)|order|directive|law|statute|ordinance|agreement|rule|SOP|procedure)\s+(?:[\w.-]+\s+){0,2}?"
    r"(?:does|do|did)\s+not\s+(?:prohibit|bar|forbid|preclude|ban|restrict|address)\b|"
    # "Nothing in GO 41.12 prohibits ...": a rule document named by its number
    r"\bnothing\s+in\s+(?-i:(?:[A-Z]{1,5}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:No\.\s*)?[\d][\w.-]*)\s+(?:prohibits?|precludes?|bars?|"
    r"restricts?|forbids?)\b", _I)
_FUNDS_RULE = first_characters.compile(r"\b(?:funds?|monies|money|dollars|budget|appropriations?)\b[^.]{0,40}"
                         r"\b(?:will|shall|may|can|must)\s+(?:not\s+)?be\s+used|"
                         # "Expenditures ... shall be charged to account 001-4210-52340", "The funding source shall be ..."
                         r"\bcharged\s+to\s+(?:account|fund|line|object|org)\b|\bfunding\s+source\s+(?:shall|will|is)\b", _I)
_CONTRACTOR_SUBJECT = first_characters.compile(
    r"^\W*(?:(?:\d{1,4}(?:\.\d{1,3})+\.?|[a-z0-9]{1,3}[.)])\s+)?(?:the\s+)?(?:contractors?|vendors?|compan(?:y|ies)|providers?|suppliers?|licensors?|consultants?|"
    r"offerors?|bidders?)\b|"
    r"\b(?:contract\s+award|statement\s+of\s+work|deliverables?|the\s+contractor(?!['’]s))\b", _I)
_PLAN = first_characters.compile(r"\b(?:would|might)\b", _I)
# Not rules: what a product lets you do, a bill or proposal that "would require", an auditor's "should" or
# recommendation, and what "may not be" so.
_NOT_A_RULE = first_characters.compile(r"\b(?:lets|let|allows?|enables?)\s+(?:you|users|agencies|customers|administrators)\b|"
                         r"\bwould\s+(?:also\s+|further\s+|additionally\s+)?(?:require|prohibit|ban|bar|restrict|limit)\b|"
                         # an auditor's or a staff recommendation to change a policy: "the Sheriff should amend Policy
                         # 612 to require ...", "Staff recommends amending Policy 426", "(a) Amend Policy 612 to require"
                         r"\bshould\s+(?:amend|revise|adopt|add|update|change)\b|"
                         r"\brecommend(?:s|ed)?\s+(?:amending|adding|adopting|revising|updating|changing)\b|"
                         r"^\W*(?:[a-z0-9]{1,3}[.)]\s+)?(?:amend|revise|adopt|update)\s+(?:the\s+)?(?:polic(?:y|ies)|general\s+orders?|"
                         r"GO|directive|SOP|procedure)\b|"
                         r"^\W*(?:[a-z0-9]{1,3}[.)]\s+)?(?:[\w.'’-]+\s+){0,4}should\s+(?!not\s+be\s+used)|"
                         r"^\W*(?:[\w.'’-]+\s+){0,3}?recommend(?:s|ed)?\s+(?:that|an?|the|we|to)\b|^\W*recommendation(?:\s+[\w.-]+)?\s*[:.]|"
                         # a proposal considered, and a superseded version quoted for history
                         r"\ba\s+proposal\s+to\s+(?:require|prohibit|ban|bar|limit|restrict|allow|permit)\b|"
                         r"\b(?:previous|prior|former|earlier|(?:19|20)\d\d)\s+version\s+of\s+(?:this|the)\s+(?:policy|order|directive|SOP)\b|"
                         r"\bfor\s+reference\s+only\b|"
                         # "may not be attributable to the search alone": what may be so, not what is allowed
                         r"\bmay\s+not\s+be\s+(?:[a-z]+(?:able|ible)|accurate|complete|reliable|representative|indicative|"
                         r"sufficient|available)\b|"
                         # a question put at a meeting: "Supervisor Whitcomb asked whether any County rule limits ..."
                         r"\b(?:asked|asks|wondered|questioned|inquired)\s+(?:whether|if|how|why|what)\b|"
                         # a request or a wish, not a rule: "asked that the Commission at least require ...", "I'd keep
                         # seats only for ..."
                         r"\b(?:asked|asks|urged|urges|requested|requests|suggested|suggests)\s+that\b|\bI['’]d\b|"
                         # "There is no written limit on how many searches one seat can run"
                         r"\bthere\s+(?:is|are|was|were)\s+no\s+(?:[\w-]+\s+){0,2}(?:limits?|caps?|maximum|requirements?)\b|"
                         # what the software does: "The module compares images only against an RTCC watch list"
                         r"^\W*(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:module|system|software|platform|tool|application|algorithm|"
                         r"engine|product|service)|(?-i:[A-Z]+[a-z]*[A-Z][\w-]*))\s+(?:only\s+)?(?:compares|searches|matches|returns|"
                         r"scans|checks|analy[sz]es|processes|detects)\b", _I)
# Never rules, whatever they quote: a proposal or draft not in effect ("Proposed 2025 revision (not in effect):
# require ...", "(proposed; not yet part of the order)"), and a product's own gallery ("Its gallery is limited to
# Lumen member agencies").
_NOT_IN_EFFECT = first_characters.compile(
    r"\bnot\s+(?:yet\s+)?in\s+(?:effect|force)\b|\(\s*not\s+(?:yet\s+)?(?:adopted|approved)\s*\)|\bnot\s+yet\s+(?:adopted|approved|part\s+of|in\s+the)\b|"
    r"\bunless\s+and\s+until\s+(?:it\s+is\s+)?adopted\b|"
    # a superseded text quoted for history: "[Former 6.2, as issued March 1, 2023: ..."
    r"^\W*former\s+(?:\d|section|version|text)|"
    r"\((?:proposed|draft)\b|^\W*(?:its|their)\s+(?:gallery|index|database|repository|archive)\b|"
    r"\b(?:has|have|had)\s+proposed\b|\bpropos(?:es|ed)\s+(?:adding|to\s+add|amending|to\s+amend)\b|\bpropose\s+(?:that\s+)?we\b|"
    # a draft or a proposed text quoted: "Proposed 4.5  Patrol deputies may ...", "A draft revision circulated in
    # March would also require ...", "Under the draft directive, only ...", "9.2 Proposed new section 4.4: ..."
    r"^\W*(?:[\d.]+\s+|[a-z][.)]\s+)?(?:an?\s+|the\s+)?(?:proposed|draft)\b|^\W*(?:under|per|in)\s+(?:the|a|its)\s+draft\b|"
    # what happened, not a rule, unless the sentence cites one ("... which the policy prohibits")
    r"^\W*no\s+(?:[\w-]+\s+){0,3}?(?:was|were)\s+(?:ever\s+)?(?:used|relied|run|made|taken)\b"
    r"(?![^.]*\b(?:polic(?:y|ies)|directive|order|prohibit\w*|requir\w*))", _I)
_FIRM = first_characters.compile(r"\b(?:shall|must|may\s+not|will\s+not|prohibited|required|requires?)\b", _I)
# Payment terms ("shall pay", "shall not exceed $100,000") are contract money, not rules of use.
_MONEY = first_characters.compile(r"[$€£]\s?\d|\b(?:USD|EUR|GBP)\s?\d|\bpay(?:s|ment|able)?\b", _I)
_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SMALL = frozenset({"of", "the", "and", "to", "for", "in", "on", "a", "an", "or", "with", "by", "at"})
MAX_SENTENCE = 600  # longer runs are tables or run-on OCR, not one stated rule
MAX_WEAK_SENTENCE = 300  # a weak cue and a topic word far apart in a run-on are not one rule


@dataclass(frozen=True)
class PolicyFinding:
    char_start: int
    char_end: int
    quote: str
    statement: str
    kind: str  # prohibition | requirement | permission | disclaimer | consequence | purpose
    confidence: float


# A motion put at a meeting: its words become a rule only if it carried, which the minutes say after it.
_MOTION = first_characters.compile(r"\bmoved\s+to\s+(?:amend|add|adopt|insert|require|prohibit|strike|include)\b|"
                                   r"\b(?:a\s+)?motion\s+(?:by\s+[^.]{1,60}?\s+)?to\s+(?:also\s+)?\w+", _I)
_CARRIED = re.compile(r"\b(?:motion|amendment)\s+(?:was\s+)?(?:carried|passed|adopted|approved|prevailed)\b|"
                      r"\b(?:carried|passed|adopted|approved)\s+(?:\d{1,2}\s*[-–]\s*\d{1,2}|unanimously|by\s+a\s+vote)", _I)
_FAILED = re.compile(r"\b(?:failed|defeated|lost|withdrawn|died|did\s+not\s+(?:carry|pass|receive))\b", _I)
_MOTION_OUTCOME_REACH = 400


def _motion_carried(text: str, start: int, end: int) -> bool:
    after = text[start : min(len(text), end + _MOTION_OUTCOME_REACH)]
    carried, failed = _CARRIED.search(after), _FAILED.search(after)
    return carried is not None and (failed is None or carried.start() < failed.start())


# A banner over a draft that is not in force: "PROPOSED DRAFT - NOT ADOPTED - FOR DISCUSSION ONLY",
# "DRAFT - NOT APPROVED". The rules under it, to the end of the page, are proposals.
_DRAFT_BANNER = re.compile(
    r"^[ \t*=#]*(?:[A-Z0-9 .,:/-]*\b(?:PROPOSED\s+)?DRAFT\b[A-Z0-9 .,:/()-]*\bNOT\s+(?:ADOPTED|APPROVED|IN\s+EFFECT)\b"
    r"|[A-Z0-9 .,:/-]*\bNOT\s+(?:ADOPTED|APPROVED|IN\s+EFFECT)\b[A-Z0-9 .,:/()-]*\bDRAFT\b"
    r"|(?:PROPOSED\s+)?DRAFT\s*[-–—:]\s*FOR\s+DISCUSSION(?:\s+(?:PURPOSES|ONLY))*)[^\n]*$",
    re.MULTILINE)


def find_policies(text: str) -> Iterator[PolicyFinding]:
    page_on_topic: list[bool] = []  # computed on first need: one scan of the page, not one per sentence
    banner = _DRAFT_BANNER.search(text)
    draft_from = banner.start() if banner is not None else len(text)
    on_topic = functools.partial(_cached_page_topic, text, page_on_topic)  # one cache for every reader below
    listed, lists = _list_rules(text, draft_from, on_topic)
    found = list(listed)
    for start, end in _rule_spans(text):
        if start >= draft_from:
            break
        if any(start < list_end and list_start < end for list_start, list_end in lists):
            continue  # read item by item
        sentence = text[start:end]
        if not _sized(sentence) or _ANY_CUE.search(sentence.lstrip(_OPENING_MARKS)) is None or not _could_be_rule(sentence):
            continue  # most sentences carry no cue at all: that is found first, in one pass
        if _MOTION.search(sentence) and not _motion_carried(text, start, end):
            continue
        kind = _kind(sentence, on_topic)
        if kind is not None:
            for piece_start, piece_end, piece_kind in _rules_of_kinds(text, start, end, kind, on_topic):
                piece = text[piece_start:piece_end]
                found.append(PolicyFinding(piece_start, piece_end, piece, piece, piece_kind, confidence=0.75))
    yield from sorted(found, key=lambda finding: finding.char_start)


# Two rules of a sentence joined as clauses: "Searches may be run only for an open case, and a result is an
# investigative lead only"; "Every search requires a case number; no result may be the sole basis ...".
_CLAUSE_JOIN = re.compile(r",[ \t\n]+and[ \t\n]+|;[ \t\n]+(?:and[ \t\n]+)?")


# "... will be reviewed by two examiners, and a candidate may not be reported until then": what must and
# what may not be done are often one rule's two sides; a disclaimer, a purpose or a consequence is a rule of
# its own.
_SIDES_OF_ONE_RULE = frozenset({"requirement", "prohibition", "permission"})


def _rules_of_kinds(text: str, start: int, end: int, kind: str, on_topic: Callable[[], bool]) -> list[tuple[int, int, str]]:
    """A sentence's rules: each clause of its own where joined clauses state rules of different kinds (a
    requirement and a disclaimer are two rules, each quoted as stated), else the sentence as one rule."""
    sentence_on_topic = _TOPIC.search(text, start, end) is not None
    clause_topic = (lambda: True) if sentence_on_topic else on_topic  # a clause is about what its sentence is about
    for join in _CLAUSE_JOIN.finditer(text, start, end):
        left, right = text[start : join.start()], text[join.end() : end]
        if not (_sized(left) and _sized(right) and _could_be_rule(left) and _could_be_rule(right)):
            continue
        left_kind, right_kind = _kind(left, clause_topic), _kind(right, clause_topic)
        if (left_kind is not None and right_kind is not None and left_kind != right_kind
                and not {left_kind, right_kind} <= _SIDES_OF_ONE_RULE):
            return [(start, join.start(), left_kind), *_rules_of_kinds(text, join.end(), end, right_kind, on_topic)]
    return [(start, end, kind)]


# A list of rules under a lead that ends in a colon: "Members shall not:" over "(a) submit an image to any
# commercial service ...;" and "(b) use facial recognition on ...". Under a lead that ends in its modal every
# item is a rule of the lead's kind; under a lead with none ("Its main provisions are:") each item is read on
# its own; a lead with a modal inside ("may be used only to identify:") is one rule with its items.
_LIST_LEAD = re.compile(r"(?P<lead>[^\n:]{3,160}):[ \t]*\n(?=[ \t]*(?:\(?[a-z0-9]{1,2}[.)]|[-•*])[ \t]+\S)")
_LIST_ITEM = re.compile(r"^[ \t]*(?:\(?[a-z0-9]{1,2}[.)]|[-•*])[ \t]+", re.MULTILINE)
_SECTION_MARKER = re.compile(r"[ \t]*(?:[A-Z]|[IVX]{1,4})[.)][ \t]+[A-Z]")
# A lead that ends in its modal: the items finish its sentence ("Members shall not:", "No member may:").
_LEAD_KINDS = (
    ("prohibition", re.compile(r"\b(?:(?:shall|may|must|will)\s+not|shall\s+never|(?:are|is)\s+prohibited\s+from)\s*$|"
                               # "Members shall not use FR:" over the uses it bars, item by item
                               r"\b(?:shall|may|must|will)\s+not\s+(?:use|run|employ|access|submit|request)\b(?:\s+[\w-]+){0,3}\s*$",
                               _I)),
    ("requirement", re.compile(r"\b(?:shall|must|(?:are|is)\s+required\s+to)\s*$", _I)),
    ("permission", re.compile(r"\b(?:may|(?:are|is)\s+(?:authori[sz]ed|permitted)\s+to)\s*$", _I)),
)
_MODAL = re.compile(r"\b(?:shall|must|may|will|required|prohibited|authori[sz]ed|permitted)\b", _I)
# What a resolution lets its comptroller do ("Commit funds within the Project/Grant Parent ..."): no rule of use.
_FINANCE_ITEM = re.compile(r"\b(?:funds?|monies|appropriat\w*|encumb\w*|grant\s+(?:parent|account|fund))\b", _I)
_ITEM_END = re.compile(r"[;,.]?(?:[ \t]+(?:and|or))?[ \t]*$")


def _list_rules(text: str, draft_from: int, on_topic: Callable[[], bool]) -> tuple[list[PolicyFinding], list[tuple[int, int]]]:
    """The rules of lists under a lead ending in a colon, and the spans the lists (with their leads) take."""
    found: list[PolicyFinding] = []
    spans: list[tuple[int, int]] = []
    for lead in _LIST_LEAD.finditer(text, 0, draft_from):
        lead_text = lead["lead"]
        sentence_start = max(lead_text.rfind(". "), lead_text.rfind("\n")) + 1
        lead_text = lead_text[sentence_start:].strip()
        if _NO_RULE.search(lead_text) or _NOT_IN_EFFECT.search(lead_text) or _NOT_A_RULE.search(lead_text):
            continue
        kind = next((kind for kind, cue in _LEAD_KINDS if cue.search(lead_text)), None)
        if kind is None and _MODAL.search(lead_text):
            continue  # "may be used only to identify:" over its objects: one rule, read as a sentence
        items = _items(text, lead.end(), draft_from)
        if not items or (kind is not None and not on_topic()):
            continue
        spans.append((lead.start("lead") + sentence_start, items[-1][1]))
        if _MOTION.search(lead_text) and not _motion_carried(text, lead.start("lead"), items[-1][1]):
            continue  # "Motion by Ghosh to amend the resolution to add:" over its items, and it failed
        for start, end in items:
            item = text[start:end]
            item_kind = kind if kind is not None else (_kind(item, on_topic) if _sized(item) and _could_be_rule(item) else None)
            if (item_kind is not None and len(item) <= MAX_SENTENCE and not _NOT_IN_EFFECT.search(item)
                    and not _MONEY.search(item) and not _FINANCE_ITEM.search(item)):
                found.append(PolicyFinding(start, end, item, item, item_kind, confidence=0.7))
    return found, spans


def _items(text: str, start: int, limit: int) -> list[tuple[int, int]]:
    """The items of a list starting at `start`, each without its marker and its closing "; or", up to a
    blank line, a line that is no item and not indented under one, or a marker of another style or out of
    order."""
    items: list[tuple[int, int]] = []
    position = start
    style: str | None = None
    number = 0
    while position < limit:
        marker = _LIST_ITEM.match(text, position)
        if marker is None:
            break
        # A list keeps its markers' style and order: "C. Results" after "5. to make ..." is the next
        # section's heading, and a "1." after "5." another list.
        label = marker.group().strip().strip("().")
        kind = "digit" if label.isdigit() else "letter" if label.isalpha() else "bullet"
        if style is not None and (kind != style or (kind == "digit" and int(label) <= number)):
            break
        style, number = kind, int(label) if kind == "digit" else number
        end = marker.end()
        while True:  # the item's lines: its own, then those indented under it
            line_end = text.find("\n", end)
            line_end = len(text) if line_end == -1 or line_end > limit else line_end
            next_end = text.find("\n", line_end + 1)
            following = text[line_end + 1 : next_end if next_end != -1 else len(text)]
            end = line_end
            if (line_end >= limit or not following.strip() or not following[:1].isspace() or _LIST_ITEM.match(following)
                    or _SECTION_MARKER.match(following)):
                break  # a blank line, a new item, or the next section's heading (" C. Results")
            end = line_end + 1
        trimmed = _ITEM_END.search(text, marker.end(), end)
        items.append((marker.end(), trimmed.start() if trimmed is not None else end))
        position = end + 1
        if position < len(text) and text[position : position + 1] == "\n":
            break  # a blank line ends the list
    return items


_CLAUSE_CUT = re.compile(r"[;:](?=\s)")
# Reported speech listing several statements: "the Chief Deputy stated that deputies may use it only ..., that
# a possible match is a lead ..., and that any deputy who misuses it will lose access". Each "that" clause is
# a statement of its own, cut where the next begins.
_REPORTED = re.compile(r"\b(?:stated|said|says|states|explained|confirmed|noted|reported|advised|added|told\s+\w+|"
                       r"assured\s+\w+|testified|responded|replied)\s+that\b", re.IGNORECASE)
_NEXT_REPORTED = re.compile(r",\s+(?:and\s+)?that\s+", re.IGNORECASE)


def _rule_spans(text: str) -> Iterator[tuple[int, int]]:
    """Sentences; one too long to be one rule (a manual's run-on with its list "a. ...; b. ...") is
    read clause by clause, cut at semicolons and colons; reported speech listing several "that" clauses
    is read one clause at a time."""
    for start, end in sentence_spans(text):
        reported = _REPORTED.search(text, start, end)
        cuts = list(_NEXT_REPORTED.finditer(text, reported.end(), end)) if reported else []
        if reported is not None and cuts:
            piece_start = reported.end()
            for cut in cuts:
                yield from _trimmed(text, piece_start, cut.start())
                piece_start = cut.end()
            yield from _trimmed(text, piece_start, end)
            continue
        if end - start <= MAX_SENTENCE:
            yield start, end
            continue
        piece_start = start
        for cut in _CLAUSE_CUT.finditer(text, start, end):
            yield from _trimmed(text, piece_start, cut.end())
            piece_start = cut.end()
        yield from _trimmed(text, piece_start, end)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    if end - start <= MAX_SENTENCE and end > start:
        yield start, end


def _sized(sentence: str) -> bool:
    return 25 <= len(sentence) <= MAX_SENTENCE and not sentence.rstrip().endswith("?")


def _could_be_rule(sentence: str) -> bool:
    if (_REQUEST_TALK.search(sentence) or _BOILERPLATE.search(sentence) or _CONTRACTOR_SUBJECT.search(sentence)
            or _FUNDS_RULE.search(sentence)):
        return False
    return not _heading(sentence)


def _heading(sentence: str) -> bool:
    """Title-case runs without a verb ("Use Limited to Still Images Facial Recognition") are headings."""
    words = [w for w in _WORDS.findall(sentence) if w.lower() not in _SMALL]
    if len(words) < 3:
        return True
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) > 0.75 and not re.search(r"\b(?:shall|must|may|will|is|are)\b", sentence)


def _cached_page_topic(text: str, cache: list[bool]) -> bool:
    if not cache:
        cache.append(_PAGE_TOPIC.search(text) is not None)
    return cache[0]


# Any cue at all, in one pass: most sentences carry none, and then no other search is made.
_ANY_CUE = first_characters.compile("|".join([f"(?:{cue.pattern})" for _, cue, _ in _CUES] + [_PURPOSE.pattern, _SCOPE.pattern]),
                                    _I)


_OPENING_MARKS = "“\"‘'([ \t\n-•*"  # and a list's bullet: "- No searches of ..."


# A rule whose only modal is negated forbids; "will be reviewed by two examiners, and a candidate may not be
# reported ..." still requires.
_NEGATED_MODAL = re.compile(r"\b(?:shall|must|may)\s+not\b", _I)
_AFFIRMED_MODAL = re.compile(r"\b(?:shall|must|will|required)\b(?!\s+not\b)", _I)


# What a consequence follows: a breach of the rules, or what a member did ("an examiner who searches without a
# case number loses access"). Accounts disabled on a transfer or after months unused are upkeep the rules
# require, not a consequence.
_UPKEEP = re.compile(r"\b(?:transfer\w*|separat\w*|leaves?|leaving|retire\w*|resign\w*|reassign\w*|unused|inactiv\w*|"
                     r"no\s+(?:search\s+)?activity|not\s+(?:been\s+)?used|(?:\d+|thirty|sixty|ninety)\s+days\s+without)\b",
                     re.IGNORECASE)
_BREACH = re.compile(r"\bwho\b|\b(?:misus\w*|violat\w*|breach\w*|unauthori[sz]ed|improper\w*|fail\w*|disciplin\w*|"
                     r"misconduct|abus\w*|personal\s+(?:use|purpose|reason)|contrary\s+to|inconsistent\s+with|"
                     r"non-?complian\w*|terminat\w*|dismiss\w*|prosecut\w*|crim\w+\s+(?:charges?|penalt\w+)|liab\w+|"
                     r"suppress\w*)", re.IGNORECASE)


def _kind(sentence: str, page_on_topic: Callable[[], bool]) -> str | None:
    """The kind of rule a sentence with a cue (`_ANY_CUE`) states, if any. A quotation's opening mark
    ('“No officer shall ...') is read past, as the rule starts after it."""
    sentence = sentence.lstrip(_OPENING_MARKS)
    if _NO_RULE.search(sentence) or _NOT_IN_EFFECT.search(sentence):
        return None  # "There is no policy that prohibits ...": the absence of a rule is not a rule
    if _PLAN.search(sentence) and not _FIRM.search(sentence):
        return None  # "it would be used ...": a plan or an opinion
    if _NOT_A_RULE.search(sentence) and not re.search(r"\b(?:shall|must)\b", sentence, _I):
        return None  # "SAFR lets you restrict ...", "a bill that would require ...", "MDPD should configure ..."
    on_topic = _TOPIC.search(sentence) is not None
    if not on_topic and _OTHER_SYSTEM.search(sentence):
        return None  # "LPR detections are kept for 365 days.": a rule of another system in the same report
    binds_users = _PERSONNEL_SUBJECT.search(sentence) is not None or _SYSTEM_OBJECT.search(sentence) is not None
    for kind, cue, strong in _CUES:
        if strong:
            matched = cue.search(sentence) is not None and (on_topic or page_on_topic())
        else:
            matched = (len(sentence) <= MAX_WEAK_SENTENCE and (on_topic or (binds_users and page_on_topic()))
                       and not _MONEY.search(sentence) and cue.search(sentence) is not None)
        if matched:
            if _PURPOSE.search(sentence) or (kind in ("requirement", "permission") and _a_scope(sentence)):
                return "purpose"
            if kind == "requirement" and _NEGATED_MODAL.search(sentence) and not _AFFIRMED_MODAL.search(sentence):
                return "prohibition"  # "Per Policy 343, staff may not use any service other than FaceSearch."
            if kind == "consequence" and _UPKEEP.search(sentence) and not _BREACH.search(sentence):
                return "requirement"  # "Accounts shall be disabled within 24 hours after a member transfers": upkeep
            return kind
    if (_PURPOSE.search(sentence) or _a_scope(sentence)) and (on_topic or page_on_topic()):
        return "purpose"
    return None


def _a_scope(sentence: str) -> bool:
    """The sentence states what the system is used for (`_SCOPE`), not a condition or a caveat of its use."""
    return _SCOPE.search(sentence) is not None and _NOT_SCOPE.search(sentence) is None
