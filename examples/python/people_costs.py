"""People with their monthly SaaS cost, as CSV rows: AdminGraph from a notebook, standard library only.

    python3 examples/python/people_costs.py [--url http://127.0.0.1:4000/] [--key KEY] [--out people.csv]

Pages `users` by its cursor (`pageInfo.endCursor` into `after`) until `hasNextPage` is false.
"""

import argparse
import csv
import json
import os
import sys
import urllib.request

QUERY = """
query PeopleCosts($after: String) {
  users(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { email department status vendors monthlyCost { amount currency } } }
  }
}
"""


def post(url, key, query, variables):
    headers = {"content-type": "application/json", "accept": "application/json"}
    if key:
        headers["authorization"] = "Bearer " + key
    body = json.dumps({"query": query, "variables": variables}).encode()
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    with urllib.request.urlopen(request, timeout=60) as response:
        answer = json.load(response)
    if not answer.get("data"):
        raise SystemExit("GraphQL error: %s" % answer.get("errors"))
    return answer["data"]


def people(url, key):
    """Yields one dict per person, page after page."""
    after = None
    while True:
        page = post(url, key, QUERY, {"after": after})["users"]
        for edge in page["edges"]:
            node = edge["node"]
            cost = node["monthlyCost"] or {}
            yield {
                "email": node["email"],
                "department": node["department"] or "",
                "status": node["status"],
                "vendors": ";".join(node["vendors"]),
                "monthly_cost": cost.get("amount", ""),
                "currency": cost.get("currency", ""),
            }
        if not page["pageInfo"]["hasNextPage"]:
            return
        after = page["pageInfo"]["endCursor"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=os.environ.get("ADMINGRAPH_URL", "http://127.0.0.1:4000/"))
    parser.add_argument("--key", default=os.environ.get("ADMINGRAPH_KEY") or os.environ.get("ADMINGRAPH_API_KEY"))
    parser.add_argument("--out", help="CSV file (default: standard output)")
    args = parser.parse_args()
    out = open(args.out, "w", newline="") if args.out else sys.stdout
    fields = ["email", "department", "status", "vendors", "monthly_cost", "currency"]
    writer = csv.DictWriter(out, fieldnames=fields)
    writer.writeheader()
    for row in people(args.url, args.key):
        writer.writerow(row)
    if args.out:
        out.close()


if __name__ == "__main__":
    main()
