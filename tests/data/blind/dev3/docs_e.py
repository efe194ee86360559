from build_lib import doc, C, N, P, E

DA = "Sedgwick County District Attorney's Office"
WPD = "Wichita Police Department"
doc("dev3_16_ks-sedgwick-da-wichita-pd-lexisnexis-owa", """RE: State v. [REDACTED], 23CR1882 - facial recognition discovery

Pruett, Colleen (DA) <Colleen.Pruett@sedgwickcounty.org>
Thu 2/15/2024 3:42 PM
To: Delgado, Ruben (WPD) <rdelgado@wichita.gov>
Cc: DA Discovery Unit <DA-Discovery@sedgwickcounty.org>

Det. Delgado,

Thank you, this is what we needed. The search log will go out with the next discovery packet.
Under this office's discovery policy, any facial recognition search used to develop a suspect must
be disclosed to the defense, along with the candidate list that was reviewed.

Colleen Pruett
Assistant District Attorney, 18th Judicial District
Sedgwick County District Attorney's Office
535 N. Main, Wichita, KS 67203 | 316-660-3600

From: Delgado, Ruben (WPD) <rdelgado@wichita.gov>
Sent: Wednesday, February 14, 2024 11:07 AM
To: Pruett, Colleen (DA) <Colleen.Pruett@sedgwickcounty.org>
Subject: RE: State v. [REDACTED], 23CR1882 - facial recognition discovery

Ms. Pruett,

Attached is the search log for WPD case 23-018842. Background for your motion response:
WPD's tool is the facial recognition add-on to LexisNexis Accurint Virtual Crime Center. The City
pays $6,000 per year for the add-on, on top of the base Accurint contract ($41,500 annually), which
covers records and crime analytics, not facial recognition.
The gallery is the 180,000 booking photos from the Sedgwick County Adult Detention Facility.
I ran 3 searches for this case.
Per WPD Policy 526, a candidate returned by the system is a lead only and may not be used as the sole
basis for an arrest or a photo lineup.

Det. Ruben Delgado #2291
Wichita Police Department, Robbery Section
455 N. Main, Wichita, KS 67202
\fFrom: Pruett, Colleen (DA) <Colleen.Pruett@sedgwickcounty.org>
Sent: Tuesday, February 13, 2024 4:55 PM
To: Delgado, Ruben (WPD) <rdelgado@wichita.gov>
Subject: State v. [REDACTED], 23CR1882 - facial recognition discovery

Det. Delgado,

Defense counsel has filed a motion under K.S.A. 22-3212 asking for any facial recognition records
in this case. Please send me every record of facial recognition use, including the vendor, the
search log and the candidate list, by Friday.

Thanks,
Colleen Pruett
Assistant District Attorney
""", request_agency=DA, agencies=[DA, WPD, "City of Wichita", "Sedgwick County Sheriff's Office"],
    vendors=["LexisNexis"], products=["Accurint Virtual Crime Center"],
    costs=[
        C(6000, 6000, "year", "pays $6,000 per year for the add-on", WPD, "LexisNexis", "Accurint Virtual Crime Center"),
    ],
    counts=[
        N(180000, "the 180,000 booking photos", "images", agency="Sedgwick County Sheriff's Office", vendor="LexisNexis"),
        N(3, "I ran 3 searches for this case.", "searches", agency=WPD, vendor="LexisNexis"),
    ],
    policies=[
        P("Under this office's discovery policy, any facial recognition search used to develop a suspect must\nbe disclosed to the defense, along with the candidate list that was reviewed.", "requirement", DA),
        P("Per WPD Policy 526, a candidate returned by the system is a lead only and may not be used as the sole\nbasis for an arrest or a photo lineup.", "prohibition", WPD),
    ],
    emails=[
        E("Pruett, Colleen (DA)", "Colleen.Pruett@sedgwickcounty.org", "2024-02-15 15:42", "RE: State v. [REDACTED], 23CR1882 - facial recognition discovery", 1),
        E("Delgado, Ruben (WPD)", "rdelgado@wichita.gov", "2024-02-14 11:07", "RE: State v. [REDACTED], 23CR1882 - facial recognition discovery", 1),
        E("Pruett, Colleen (DA)", "Colleen.Pruett@sedgwickcounty.org", "2024-02-13 16:55", "State v. [REDACTED], 23CR1882 - facial recognition discovery", 2),
    ],
    printed=True, layout="Outlook Web App print: subject on top, sender line and 'Thu 2/15/2024 3:42 PM' date line without labels, then Outlook 'From/Sent/To/Subject' blocks",
    traps="$41,500 base Accurint contract (not face recognition); case numbers 23CR1882 and 23-018842; K.S.A. 22-3212; badge #2291; Policy 526; 18th Judicial District; addresses/ZIP/phone; the City (not WPD) is named next to the $6,000; [REDACTED] defendant name in the subject")
