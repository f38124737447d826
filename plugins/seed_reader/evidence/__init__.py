"""Evidence for the article's metadata: candidates for each field, scored, then chosen.

`vocab` holds the word lists (outlets, interface words, role words); `candidates`
the scored candidate and the choice between candidates; `site` the evidence a page
holds of its outlet's name; `people` the bylines and the names they credit.
"""
