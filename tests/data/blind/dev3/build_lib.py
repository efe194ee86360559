"""Helpers for building the dev3 set: label constructors and the doc registry."""
DOCS = []


def C(lo, hi, period, quote, agency, vendor=None, product=None, unit=None):
    d = {"amount_min": lo, "amount_max": hi, "currency": "USD", "period": period, "quote": quote,
         "agency": agency, "vendor": vendor, "product": product}
    if unit:
        d["unit"] = unit
    return d


def N(count, quote, measure, qualifier=None, per=None, agency=None, vendor=None, category="usage", count_max=None):
    d = {"count": count, "qualifier": qualifier, "measure": measure, "per": per, "category": category,
         "quote": quote, "agency": agency, "vendor": vendor}
    if count_max is not None:
        d["count_max"] = count_max
    return d


def P(quote, kind, agency):
    return {"quote": quote, "kind": kind, "agency": agency}


def E(frm, addr, date, subject, ps, pe=None):
    return {"from": frm, "from_address": addr, "date": date, "subject": subject,
            "page_start": ps, "page_end": pe or ps}


def doc(name, text, *, request_agency, agencies, vendors, products, costs=(), counts=(), policies=(),
        emails=(), scan=False, printed=False, layout="", traps=""):
    DOCS.append(dict(name=name, text=text, request_agency=request_agency, agencies=agencies, vendors=vendors,
                     products=products, costs=list(costs), counts=list(counts), policies=list(policies),
                     emails=list(emails), scan=scan, printed=printed, layout=layout, traps=traps))
