import pytest

from newsfuse.errors import InputError, NoContentError
from newsfuse.ingest.decode import decode_bytes


def test_utf8_passes_through() -> None:
    assert decode_bytes("Zürich – café".encode(), "a.txt") == "Zürich – café"


def test_detects_a_legacy_encoding() -> None:
    text = "Le café de la gare a rouvert après l'incendie, a déclaré le maire à la presse. " * 3
    assert decode_bytes(text.encode("cp1252"), "a.txt") == text


def test_empty_input_is_no_content() -> None:
    with pytest.raises(NoContentError, match="a.txt: the file is empty"):
        decode_bytes(b"  \n ", "a.txt")


def test_binary_input_is_refused_with_its_name() -> None:
    with pytest.raises(InputError, match="photo.jpg: this looks like a binary file"):
        decode_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)), "photo.jpg")
