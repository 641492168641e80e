import pytest

# Plain ``assert``s in the shared helpers explain themselves as the tests' do.
pytest.register_assert_rewrite("tests.e2e.driver", "tests.e2e.journeys")
