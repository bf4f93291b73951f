import sprag


def test_version_is_0_2_or_later():
    major, minor = (int(p) for p in sprag.__version__.split(".")[:2])
    assert (major, minor) >= (0, 2)
