from werkzeug.security import check_password_hash, generate_password_hash

from sprag import AuthService

# Only hashes are kept; the clear passwords exist in the tests.
USERS = {
    "ada": {"id": 1, "name": "Ada", "roles": ["admin"], "password_hash": generate_password_hash("correct horse")},
    "bob": {"id": 2, "name": "Bob", "roles": ["viewer"], "password_hash": generate_password_hash("battery staple")},
}
# checked when the account does not exist, so both answers take the same time
_DUMMY = generate_password_hash("not a password")


class AppAuth(AuthService):
    public_fields = ("id", "name")

    def authenticate(self, username, password):
        row = USERS.get(username)
        if row is None:
            check_password_hash(_DUMMY, password)
            return None
        if not check_password_hash(row["password_hash"], password):
            return None
        return row  # its password_hash is never stored in the session
