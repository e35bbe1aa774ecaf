#!/usr/bin/env python3
"""Issue 17: two scorecard-service instances on one database, driven over real HTTP.

Concurrent imports with the same and with different Idempotency-Keys, reads during the writes, a kill -9 of one
instance in the middle of an import and its restart, and a race to freeze one month; then the database's counts
are checked exactly against what the driver sent. Standard library only."""
import argparse
import concurrent.futures
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

WRITER = "ci-writer-token-0123456789"
READER = "ci-reader-token-0123456789"
ROLES = ["consultant", "strategist", "developer", "analyst"]


def fail(message):
    print(f"service drive: FAILED: {message}", file=sys.stderr)
    sys.exit(1)


def request(port, method, path, body=None, token=WRITER, headers=None, timeout=120):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=body, method=method)
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    for name, value in (headers or {}).items():
        req.add_header(name, value)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


class Instance:
    def __init__(self, name, binary, port, env, log_dir):
        self.name, self.binary, self.port, self.env, self.log_dir = name, binary, port, env, log_dir
        self.process = None

    def start(self):
        env = dict(self.env, SCO_PORT=str(self.port), SCO_INSTANCE=self.name)
        log = open(os.path.join(self.log_dir, f"{self.name}.log"), "a")
        self.process = subprocess.Popen([self.binary], env=env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                status, _, _ = request(self.port, "GET", "/v1/health", token=None, timeout=2)
                if status == 200:
                    return
            except OSError:
                pass
            if self.process.poll() is not None:
                fail(f"instance {self.name} exited with {self.process.returncode}; see {self.name}.log")
            time.sleep(0.2)
        fail(f"instance {self.name} did not become healthy in 60 s")

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()


def csv_batch(seed, rows, reps, month="03"):
    rng = random.Random(seed)
    lines = ["rep_id,task_id,occurred_on,quantity"]
    for _ in range(rows):
        lines.append(f"rep-{rng.randrange(reps):05d},calls,2025-{month}-{rng.randrange(1, 31):02d},{rng.randrange(1, 5)}")
    return ("\n".join(lines) + "\n").encode()


def psql(args, sql):
    out = subprocess.run(
        [args.psql, "-h", "127.0.0.1", "-p", str(args.pg_port), "-U", "postgres", "-At", "-c", sql],
        check=True, capture_output=True, text=True)
    return out.stdout.strip()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--pg-port", type=int, required=True)
    parser.add_argument("--psql", default="psql")
    parser.add_argument("--ports", type=int, nargs=2, required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--reps", type=int, default=200)
    args = parser.parse_args()

    env = dict(os.environ)
    env.update(
        SCO_POSTGRES_URL=f"postgres://postgres@127.0.0.1:{args.pg_port}/postgres", SCO_SCHEMA="ci",
        SCO_WRITER_TOKENS=f"ci-writer={WRITER}", SCO_READER_TOKENS=f"ci-reader={READER}", SCO_LOG_LEVEL="notice")
    a = Instance("a", args.binary, args.ports[0], env, args.work)
    b = Instance("b", args.binary, args.ports[1], env, args.work)
    started = time.time()

    def part(name):
        print(f"::: service drive: {name} ({time.time() - started:.1f} s so far)", flush=True)

    try:
        part("starting two instances on one database (they migrate once)")
        with concurrent.futures.ThreadPoolExecutor(2) as pool:
            list(pool.map(lambda instance: instance.start(), [a, b]))
        migrations = psql(args, "SELECT count(*) FROM ci.schema_migration")

        rules = "task_id,competency_id,role,monthly_target,weight\n" + "".join(
            f"calls,solving-problems,{role},40,1\n" for role in ROLES)
        roster = "rep_id,role\n" + "".join(f"rep-{i:05d},{ROLES[i % len(ROLES)]}\n" for i in range(args.reps))
        for path, body in [("/v1/policy?effectiveFrom=2025-01-01", rules), ("/v1/roster", roster)]:
            status, _, text = request(a.port, "PUT", path, body.encode(), headers={"Content-Type": "text/csv"})
            if status != 201:
                fail(f"PUT {path} answered {status}: {text[:300]}")

        # Reads during the writes: every answer is a whole scorecard grid, and the total score never goes down
        # (activity is append-only and each read is one snapshot).
        stop_reading = threading.Event()
        reads = {"count": 0, "outages": 0, "problems": []}

        def reader(instance):
            last = -1.0
            while not stop_reading.is_set():
                try:
                    status, _, body = request(instance.port, "GET", "/v1/scorecards?month=2025-03", token=READER)
                except OSError:  # instance b while it is killed and restarted
                    reads["outages"] += 1
                    time.sleep(0.2)
                    continue
                if status != 200:
                    reads["problems"].append(f"{instance.name}: {status} {body[:200]}")
                    continue
                document = json.loads(body)
                if document["count"] != args.reps:
                    reads["problems"].append(f"{instance.name}: {document['count']} scorecards, not {args.reps}")
                total = sum(card["score"] or 0 for card in document["scorecards"])
                if total + 1e-9 < last:
                    reads["problems"].append(f"{instance.name}: total score went down from {last} to {total}")
                last = total
                reads["count"] += 1

        readers = [threading.Thread(target=reader, args=(instance,)) for instance in (a, b)]
        for thread in readers:
            thread.start()

        part("concurrent imports: 6 batches, each sent twice to each instance with its key; one batch under two keys")
        batches = {f"batch-{i}": csv_batch(i, 5_000, args.reps) for i in range(6)}
        sends = [(key, body, instance) for key, body in batches.items() for instance in (a, b, a, b)]
        twin = csv_batch(99, 2_000, args.reps)
        sends += [("twin-1", twin, a), ("twin-2", twin, b)]
        random.Random(7).shuffle(sends)

        def send(item):
            key, body, instance = item
            status, _, text = request(
                instance.port, "POST", "/v1/activities", body,
                headers={"Content-Type": "text/csv", "Idempotency-Key": key})
            return key, status, json.loads(text) if status in (200, 201) else text

        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            results = list(pool.map(send, sends))
        outcomes = {}
        for key, status, receipt in results:
            if status not in (200, 201):
                fail(f"import {key} answered {status}: {receipt[:300]}")
            outcomes.setdefault(key, []).append((status, receipt["sequence"], receipt["alreadyStored"]))
        for key, answers in outcomes.items():
            stored = [answer for answer in answers if answer[0] == 201]
            if len(stored) != 1 or len({answer[1] for answer in answers}) != 1:
                fail(f"key {key}: answers {answers}; expected one 201 and the same sequence in all")
            if any(answer[2] != (answer[0] == 200) for answer in answers):
                fail(f"key {key}: alreadyStored does not match the status in {answers}")
        expected_batches = len(batches) + 2
        expected_rows = 5_000 * len(batches) + 2 * 2_000

        part("a kill -9 of instance b in the middle of a 100,000-row import (April), then its restart and a retry")
        big = csv_batch(1234, 100_000, args.reps, month="04")
        killed = {}

        def big_import():
            try:
                killed["first"] = request(b.port, "POST", "/v1/activities", big,
                                          headers={"Content-Type": "text/csv", "Idempotency-Key": "big"})[0]
            except OSError as error:
                killed["first"] = f"connection lost ({error.__class__.__name__})"

        thread = threading.Thread(target=big_import)
        thread.start()
        time.sleep(1.5)
        b.kill()
        thread.join()
        b.start()
        deadline = time.time() + 60
        while True:  # PostgreSQL rolls the killed import back once it notices its client is gone
            status, _, text = request(b.port, "POST", "/v1/activities", big,
                                      headers={"Content-Type": "text/csv", "Idempotency-Key": "big"})
            if status in (200, 201) or time.time() > deadline:
                break
        if status not in (200, 201):
            fail(f"the retried import answered {status}: {text[:300]}")
        print(f"    first attempt: {killed['first']}; retry after the restart: {status} "
              f"({'the kill came before the commit' if status == 201 else 'the first attempt had committed'})")
        again = request(a.port, "POST", "/v1/activities", big,
                        headers={"Content-Type": "text/csv", "Idempotency-Key": "big"})[0]
        if again != 200:
            fail(f"the same key on instance a answered {again}, not 200")
        expected_batches += 1
        expected_rows += 100_000

        stop_reading.set()
        for thread in readers:
            thread.join()
        if reads["problems"]:
            fail(f"reads during writes: {reads['problems'][:5]}")
        print(f"    {reads['count']} scorecard reads during the imports, all whole and never going back "
              f"({reads['outages']} refused while instance b was down)")

        part("both instances freeze 2025-03 at once: one freezes it, the other gets 409")
        with concurrent.futures.ThreadPoolExecutor(2) as pool:
            freezes = sorted(pool.map(lambda i: request(i.port, "POST", "/v1/months/2025-03/freeze")[0], [a, b]))
        if freezes != [201, 409]:
            fail(f"two freezes answered {freezes}, expected [201, 409]")

        part("counting in the database")
        counts = psql(args, "SELECT count(*), count(DISTINCT key), COALESCE(sum(count), 0), "
                            "COALESCE(max(sequence), -1) FROM ci.activity_batch").split("|")
        rows = int(psql(args, "SELECT count(*) FROM ci.activity"))
        whole = psql(args, "SELECT count(*) FROM ci.activity_batch b WHERE b.count <> "
                           "(SELECT count(*) FROM ci.activity a WHERE a.batch = b.sequence)")
        audited = int(psql(args, "SELECT count(*) FROM ci.audit_entry WHERE action = 'activities.appended'"))
        snapshots = int(psql(args, "SELECT count(*) FROM ci.document_version WHERE collection = 'scorecard-snapshots'"))
        got = (int(counts[0]), int(counts[1]), int(counts[2]), int(counts[3]), rows, int(whole), audited, snapshots,
               int(migrations))
        want = (expected_batches, expected_batches, expected_rows, expected_batches - 1, expected_rows, 0,
                expected_batches, 1, 2)
        print(f"    batches, keys, rows by batch, last sequence, rows, partial batches, audit entries, snapshots, "
              f"migrations: {got}")
        if got != want:
            fail(f"expected {want}")
    finally:
        a.stop()
        b.stop()
    part("done")


if __name__ == "__main__":
    main()
