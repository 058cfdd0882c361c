#!/usr/bin/env python3
"""Drives a running kiosk through real X events (xdotool) and times each action from the moment just before xdotool
is started to the first paint that shows the screen waited for, as the kiosk's LatencyProbe writes them (both on
Linux's monotonic clock). Used by scripts/benchmark-latency.sh; prints one line per action: name p50 p99 max n."""
import os, subprocess, sys, time, urllib.parse

PROBE = sys.argv[1] if len(sys.argv) > 1 else '/tmp/lat/probe.log'
REPS = int(sys.argv[2]) if len(sys.argv) > 2 else 50


class Probe:
    def __init__(self, path):
        self.file = open(path)
        self.file.seek(0, os.SEEK_END)
        self.last = {}
        self.texts = {}

    def paints(self):
        while True:
            line = self.file.readline()
            if not line:
                return
            parts = line.split()
            if parts and parts[0] == 'paint':
                names, texts = {}, {}
                for item in parts[2:]:
                    item, _, text = item.partition('=')
                    name, _, at = item.rpartition('@')
                    x, _, y = at.partition(',')
                    names[name] = (int(x), int(y))
                    texts[name] = urllib.parse.unquote_plus(text)
                self.last, self.texts = names, texts
                yield int(parts[1]), names

    def wait(self, sent, condition, timeout=20.0):
        """The nanos of the first paint after `sent` whose names meet `condition`."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            for at, names in self.paints():
                if at > sent and condition(names):
                    return at
            time.sleep(0.002)
        raise TimeoutError('no paint met the condition; last: ' + ' '.join(sorted(self.last)))

    def settle(self, quiet=0.3):
        """Waits until nothing was painted for `quiet` seconds, so the next action starts from a still screen."""
        last = time.monotonic()
        while time.monotonic() - last < quiet:
            if any(True for _ in self.paints()):
                last = time.monotonic()
            time.sleep(0.02)


def xdo(*args):
    subprocess.run(['xdotool', *args], check=True)


def tap(probe, name):
    x, y = probe.last[name]
    sent = time.monotonic_ns()
    xdo('mousemove', str(x), str(y), 'click', '1')
    return sent


def type_keys(text):
    sent = time.monotonic_ns()
    xdo('type', '--delay', '5', text)
    xdo('key', 'Return')
    return sent


def has(name):
    return lambda names: name in names


def lines(names):
    return sum(1 for n in names if n.startswith('cart.line.'))


figures = {}


def measure(action, sent, at):
    figures.setdefault(action, []).append((at - sent) / 1e6)


def report():
    for action, values in figures.items():
        values.sort()
        n = len(values)
        p = lambda q: values[min(n - 1, int(q * n))]
        print(f'{action} {p(0.5):.1f} {p(0.99):.1f} {values[-1]:.1f} {n}')


def product(names):
    return any(n.startswith('product.') for n in names)


def pin_cycle(probe):
    """Dashboard -> New Session -> a PIN cashier's badge -> PIN pad -> PIN -> opening dialog -> Cancel."""
    tap(probe, 'dashboard.action.newSession')
    probe.wait(0, has('lock.scanPrompt'))
    probe.settle()
    sent = type_keys('1002')
    measure('badge scan -> PIN pad', sent, probe.wait(sent, has('lock.pin')))
    probe.settle()
    xdo('type', '--delay', '5', '2468')
    probe.settle()
    sent = tap(probe, 'keypad.ok')
    measure('PIN OK -> opening dialog', sent, probe.wait(sent, has('opening.open')))
    probe.settle()
    tap(probe, 'opening.cancel')
    probe.wait(0, lambda n: 'opening.open' not in n and 'dashboard.action.newSession' in n)
    probe.settle()


def badge_cycle(probe, badge):
    """Dashboard -> New Session -> a badge-only cashier's badge -> opening dialog -> Cancel."""
    tap(probe, 'dashboard.action.newSession')
    probe.wait(0, has('lock.scanPrompt'))
    probe.settle()
    sent = type_keys(badge)
    measure('badge scan -> opening dialog', sent, probe.wait(sent, has('opening.open')))
    probe.settle()
    tap(probe, 'opening.cancel')
    probe.wait(0, lambda n: 'opening.open' not in n and 'dashboard.action.newSession' in n)
    probe.settle()


def open_session(probe, badge):
    """New Session -> badge -> Open Session -> the register (once: the next opening needs a closing count)."""
    tap(probe, 'dashboard.action.newSession')
    probe.wait(0, has('lock.scanPrompt'))
    probe.settle()
    type_keys(badge)
    probe.wait(0, has('opening.open'))
    probe.settle()
    sent = tap(probe, 'opening.open')
    measure('Open Session -> register', sent, probe.wait(sent, lambda n: product(n) and 'opening.open' not in n))
    probe.settle()


def sale(probe, taps=3):
    """Product taps, then Pay cash, the largest quick amount, Confirm: the cart empties and the change shows."""
    for i in range(taps):
        before = lines(probe.last)
        sent = tap(probe, 'product.%d' % (i % 4 + 1))
        measure('product tap -> cart line', sent, probe.wait(sent, lambda n: lines(n) > before))
        probe.settle(0.15)
    tap(probe, 'pay.cash')
    probe.wait(0, has('pay.confirm'))
    probe.settle()
    quick = max((n for n in probe.last if n.startswith('pay.quick.')), key=lambda n: int(n.split('.')[-1]))
    tap(probe, quick)
    probe.settle()
    sent = tap(probe, 'pay.confirm')
    measure('Pay confirm -> change', sent, probe.wait(sent, lambda n: 'pay.confirm' not in n and lines(n) == 0))
    probe.settle()


if __name__ == '__main__':
    probe = Probe(PROBE)
    probe.file.seek(0)
    list(probe.paints())
    for rep in range(REPS):
        pin_cycle(probe)
    for rep in range(REPS):
        badge_cycle(probe, str(2004 + rep % 190))
    open_session(probe, '2200')
    for rep in range(REPS):
        sale(probe)
    report()
