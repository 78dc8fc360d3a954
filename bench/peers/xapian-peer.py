#!/usr/bin/python3
"""Xapian 1.4 (Debian's python3-xapian) as a peer of the search bench (bench/Dossier.Bench/Search/XapianEngine.cs).

  xapian-peer.py build DB DOCS.jsonl   indexes the documents (one JSON object a line: id, volume, title, text) into a
                                       new database DB and prints {"seconds": S}, the time spent indexing
  xapian-peer.py serve DB              answers one JSON request a line on standard input with one JSON line:
      {"op": "page", "words": [...], "phrase": false}  the search page: the ids of the best 10 documents holding every
                                                        word (or the phrase); answers {"shown": N}
      {"op": "rank", "words": [...], "volume": V, "limit": N}
                                                        the best N documents of volume V holding any word, by BM25;
                                                        answers {"ids": [...]}
      {"op": "ping"}                                    answers {} (the cost of a round trip, for the bench to report)

English stemming as the other peers have it (Porter's, the "english" stemmer, stemmed terms beside unstemmed ones),
positions kept for phrases, the title's words counted 10 times (as FTS5 weights its title column), BM25 (Xapian's
default weighting). A document's data is its id. No snippets, as the plain Lucene.NET peer makes none: Xapian's
MSet.snippet() took about 1.8 ms a document on the FRUS records (18.9 ms a page against 0.9 without), which would
measure the snippets rather than the search.
"""
import json
import sys
import time

import xapian

STEM = xapian.Stem("english")
TITLE_WEIGHT = 10


def build(db_path, docs_path):
    started = time.monotonic()
    db = xapian.WritableDatabase(db_path, xapian.DB_CREATE_OR_OVERWRITE)
    generator = xapian.TermGenerator()
    generator.set_stemmer(STEM)
    generator.set_stemming_strategy(xapian.TermGenerator.STEM_SOME)
    with open(docs_path, encoding="utf-8") as docs:
        for line in docs:
            record = json.loads(line)
            document = xapian.Document()
            generator.set_document(document)
            generator.index_text(record["title"], TITLE_WEIGHT)
            generator.increase_termpos()
            generator.index_text(record["text"])
            document.add_boolean_term("XV" + record["volume"])
            document.set_data(record["id"])
            db.add_document(document)
    db.commit()
    db.close()
    print(json.dumps({"seconds": time.monotonic() - started}), flush=True)


def stemmed(words):
    return [xapian.Query(b"Z" + STEM(w.lower())) for w in words]


def serve(db_path):
    db = xapian.Database(db_path)
    enquire = xapian.Enquire(db)
    out = sys.stdout
    for line in sys.stdin:
        request = json.loads(line)
        op = request["op"]
        if op == "ping":
            answer = {}
        elif op == "page":
            words = request["words"]
            if request.get("phrase"):
                query = xapian.Query(xapian.Query.OP_PHRASE, [xapian.Query(w.lower()) for w in words])
            else:
                query = xapian.Query(xapian.Query.OP_AND, stemmed(words))
            enquire.set_query(query)
            mset = enquire.get_mset(0, 10)
            ids = [item.document.get_data().decode("utf-8") for item in mset]
            answer = {"shown": len(ids)}
        elif op == "rank":
            words = request["words"]
            query = xapian.Query(
                xapian.Query.OP_FILTER,
                xapian.Query(xapian.Query.OP_OR, stemmed(words)),
                xapian.Query("XV" + request["volume"]),
            )
            enquire.set_query(query)
            mset = enquire.get_mset(0, request["limit"])
            answer = {"ids": [item.document.get_data().decode("utf-8") for item in mset]}
        else:
            answer = {"error": "unknown op " + op}
        out.write(json.dumps(answer) + "\n")
        out.flush()


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "build":
        build(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == "serve":
        serve(sys.argv[2])
    else:
        sys.exit(__doc__)
