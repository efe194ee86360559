"""`foia serve`: a local web application to browse, verify and cite facts beside the page image they
came from, and a team mode (user accounts, roles) that is safe to expose.

Server-rendered HTML (Starlette, Jinja2 with autoescaping) that works without JavaScript; every
listing, review decision, search and piece of evidence goes through the same library functions as the
command line (foia.query, foia.export, foia.review, foia.show, foia.search), so the browser and the
terminal never disagree."""
