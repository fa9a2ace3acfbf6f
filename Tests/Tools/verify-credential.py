#!/usr/bin/python3
"""Verify a Qadam VC-JWT the way an outside verifier would, with no code of Qadam's.

    verify-credential.py JWT JWKS [--index N]

JWT and JWKS are files, or '-' for standard input (one of them at most). The JWT's ES256
signature is checked with jwcrypto (Debian's python3-jwcrypto) against the key of the JWKS
whose kid the JWT's header names (a kid that must end in that key's RFC 7638 thumbprint),
and its iss, jti and nbf against the credential inside.
For a Bitstring Status List credential, --index N prints that index's bit: its encodedList
is multibase base64url ('u') of a GZIP, decoded here with the standard library alone.

Prints 'verified: TYPE ID' and, with --index, 'status N: 0|1'. Exits 1 on any failure
(the reason on stderr), 2 on bad usage.
"""

import argparse
import base64
import gzip
import json
import sys
from datetime import datetime

from jwcrypto import jwk, jws


class Rejected(Exception):
    pass


def read(source, stdin_used):
    if source == "-":
        if stdin_used[0]:
            raise SystemExit("only one of JWT and JWKS can come from standard input")
        stdin_used[0] = True
        return sys.stdin.read()
    with open(source, encoding="utf-8") as handle:
        return handle.read()


def b64url_decode(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def verified_payload(token_text, keyset):
    """The JWT's payload, once its signature checks out with a key of the set."""
    parts = token_text.split(".")
    if len(parts) != 3:
        raise Rejected("not a compact JWS")
    header = json.loads(b64url_decode(parts[0]))
    if header.get("alg") != "ES256":
        raise Rejected(f"alg is {header.get('alg')!r}, not ES256")
    kid = header.get("kid")
    key = keyset.get_key(kid) if kid else None
    if key is None:
        raise Rejected(f"kid {kid!r} is not in the key set")
    # Qadam's kid is the key's URL, ending in its RFC 7638 thumbprint: computed here by jwcrypto.
    if not kid.endswith("/" + key.thumbprint()):
        raise Rejected(f"kid {kid!r} does not end in the key's thumbprint {key.thumbprint()}")
    token = jws.JWS()
    try:
        token.deserialize(token_text)
        token.verify(key, alg="ES256")
    except Exception as error:  # jwcrypto raises several kinds; all mean the same here
        raise Rejected(f"signature does not verify: {error}") from error
    print(f"kid: {kid}")
    return json.loads(token.payload)


def check_claims(credential):
    """The JWT's registered claims say what the credential says of itself."""
    issuer = credential.get("issuer", {})
    if credential.get("iss") != issuer.get("id"):
        raise Rejected("iss is not the credential's issuer")
    if credential.get("jti") != credential.get("id"):
        raise Rejected("jti is not the credential's id")
    valid_from = datetime.fromisoformat(credential["validFrom"].replace("Z", "+00:00"))
    if credential.get("nbf") != int(valid_from.timestamp()):
        raise Rejected("nbf is not the credential's validFrom")


def status_bit(credential, index):
    subject = credential["credentialSubject"]
    encoded = subject["encodedList"]
    if not encoded.startswith("u"):
        raise Rejected("encodedList is not multibase base64url")
    bits = gzip.decompress(b64url_decode(encoded[1:]))
    if len(bits) * 8 < 131072:
        raise Rejected(f"the list has {len(bits) * 8} entries, fewer than 131072")
    if not 0 <= index < len(bits) * 8:
        raise Rejected(f"index {index} is outside the list")
    return (bits[index // 8] >> (7 - index % 8)) & 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("jwt", help="the VC-JWT: a file, or - for standard input")
    parser.add_argument("jwks", help="the JWKS: a file, or - for standard input")
    parser.add_argument("--index", type=int, help="for a status list: the index whose bit to print")
    arguments = parser.parse_args()

    stdin_used = [False]
    token_text = read(arguments.jwt, stdin_used).strip()
    jwks_text = read(arguments.jwks, stdin_used)
    try:
        keyset = jwk.JWKSet.from_json(jwks_text)
        credential = verified_payload(token_text, keyset)
        check_claims(credential)
        types = credential.get("type", [])
        print(f"verified: {types[-1] if types else '?'} {credential.get('id')}")
        if arguments.index is not None:
            if "BitstringStatusListCredential" not in types:
                raise Rejected("--index given, but this is not a status list credential")
            print(f"status {arguments.index}: {status_bit(credential, arguments.index)}")
    except Exception as error:  # a malformed JWT, JWKS or list is as rejected as a bad signature
        print(f"rejected: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
