"""Loaded by Python before a program that wiretutor's `run` starts (it is first on PYTHONPATH).

A program written for data.pr4e.org, port 80, should reach wiretutor's built-in mirror without a
single change, so this module bends exactly those connections to the mirror's loopback port:
WIRETUTOR_ROUTES lists them as HOST:PORT=IP:PORT, separated by spaces. Every other connection is
left as it was, and noted in the file WIRETUTOR_NOTES (one "KIND HOST PORT DETAIL" line each), so
wiretutor can say afterwards where the program went instead of the mirror.

A sitecustomize the learner or the system already has is run after this one, as if this one
were not there.
"""

import errno
import os
import socket
import sys


def _routes():
    table = {}
    for item in os.environ.get("WIRETUTOR_ROUTES", "").split():
        wanted, _, to = item.partition("=")
        host, _, port = wanted.rpartition(":")
        to_host, _, to_port = to.rpartition(":")
        if host and port.isdigit() and to_host and to_port.isdigit():
            table[(host.lower(), int(port))] = (to_host, int(to_port))
    return table


_ROUTES = _routes()
_MIRROR = set(_ROUTES.values())
_NOTES = os.environ.get("WIRETUTOR_NOTES", "")
_SERVICES = {"http": 80, "https": 443}
_names = {}          # address -> the host name it was looked up by, to name it in a note
_MAX_NOTES = 100     # a program that connects in a loop must not fill the disk with notes
_written = [0]


def _port(port):
    if isinstance(port, int):
        return port
    if isinstance(port, bytes):
        port = port.decode("ascii", "replace")
    if isinstance(port, str):
        return int(port) if port.isdigit() else _SERVICES.get(port.lower())
    return None


def _host(host):
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    return host.rstrip(".").lower() if isinstance(host, str) else None


def _mirror_for(host, port):
    """Where the mirror stands in for (host, port), or None when it does not."""
    return _ROUTES.get((_host(host), _port(port)))


def _note(kind, host, port, detail=""):
    if not _NOTES or _written[0] >= _MAX_NOTES:
        return
    _written[0] += 1
    words = [str(x).replace(" ", "_") or "-" for x in (kind, host, port)]
    line = " ".join(words + [str(detail)]).replace("\r", " ").replace("\n", " ")
    try:
        with open(_NOTES, "a", encoding="utf-8") as notes:
            notes.write(line + "\n")
    except OSError:
        pass


_getaddrinfo = socket.getaddrinfo


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    to = _mirror_for(host, port)
    if to is not None:
        # the mirror listens on IPv4 loopback: ask for that, whatever family was wanted
        return _getaddrinfo(to[0], to[1], socket.AF_INET, type, proto, flags)
    try:
        found = _getaddrinfo(host, port, family, type, proto, flags)
    except OSError as e:
        _note("unresolved", _host(host), _port(port), e.strerror or e)
        raise
    for *_, address in found:
        if isinstance(host, (str, bytes)) and address:
            _names[address[0]] = _host(host)
    return found


socket.getaddrinfo = getaddrinfo

_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex


def _bent(sock, address):
    """The address to connect to: the mirror's for a host it stands in for, else the one given."""
    if not (isinstance(address, tuple) and len(address) >= 2):
        return address, None
    to = _mirror_for(address[0], address[1])
    if to is None:
        return address, (address[0], address[1])
    if sock.family == socket.AF_INET6:
        return ("::ffff:" + to[0], to[1], 0, 0), None
    return to, None


def _noted(direct, outcome):
    if direct is None or (direct[0], direct[1]) in _MIRROR:
        return
    host = _names.get(direct[0], direct[0])
    _note(outcome[0], host, direct[1], outcome[1])


def connect(self, address):
    address, direct = _bent(self, address)
    try:
        _connect(self, address)
    except BlockingIOError:
        _noted(direct, ("direct", ""))
        raise
    except OSError as e:
        _noted(direct, ("failed", e.strerror or e))
        raise
    _noted(direct, ("direct", ""))


def connect_ex(self, address):
    address, direct = _bent(self, address)
    code = _connect_ex(self, address)
    _noted(direct, ("direct", "") if code in (0, errno.EINPROGRESS) else ("failed", os.strerror(code)))
    return code


socket.socket.connect = connect
socket.socket.connect_ex = connect_ex


def _chain():
    """Runs the sitecustomize this one hides, if any, and takes this folder off the program's path."""
    import importlib.machinery
    import importlib.util

    here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != here]
    spec = importlib.machinery.PathFinder.find_spec("sitecustomize", sys.path)
    if spec is None or spec.loader is None:
        return
    module = importlib.util.module_from_spec(spec)
    sys.modules["sitecustomize"] = module
    spec.loader.exec_module(module)


_chain()
