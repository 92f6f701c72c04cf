"""Which of a sentence's values is the one it states for a subject: the grammar of attachment.

The nearest value of the fact's type is often another noun's. A careful
reader attaches a value to a subject by the words around it, and so does
this module, for one mention at a time (``choose``):

1. **Lists read "respectively"** pair off in order: "New Zealand First and
   ACT, at nine and one respectively": ACT has one.
2. **Clauses.** A value in another clause is that clause's (``clauses.py``), and so is a value
   in an aside the subject's clause goes on after (", where 67% of schools remain ..., are
   more likely", "compared to last year, dropping from ... to ...").
3. **Roles.** In a change construction a value is the previous one ("from
   £4.3m", "up from 20%"), the change ("by 16,000", "rose 5.2%", "+$1.57") or
   the current one ("to 1.62 million" after a change, "now ..."). The
   subject's value is the current one; a previous value or a change is not
   its value at all (unless the subject names the change: "a rise of 3.5%"),
   and a clause holding only those states none.
4. **Scores**, for what is left, starting from the distance in words:
   a value that governs the subject ("rated good for effective, caring and
   responsive", "£1,000 towards prosecution costs", "two requiring
   improvement (urgent care and surgery)") wins; a value followed by a
   complement of its own ("and requires improvement for safe") belongs to
   that complement; a count or amount before the subject that counts another
   noun ("412 complaints from parents and children", "up to 55 people,
   including ... adults") is that noun's; a value across a coordinating
   conjunction ("£1,000 towards prosecution costs and £34 victim surcharge")
   is another conjunct's; a value in "part of X's $1 billion Program" is the whole's; the
   current value of a change is preferred; a value in a parenthesis right after the subject
   is its own.

A capitalised subject that ends another place's name ("Lincolnshire" in "North East
Lincolnshire") is no mention of the subject there (``inside_longer_name``).

It knows nothing of facts or documents: text, offsets and values only.
"""

from checker.attachment.choose import REACH, TIE, Chosen, Competing, choose
from checker.attachment.clauses import clause_cuts
from checker.attachment.names import inside_longer_name
from checker.attachment.roles import roles_of

__all__ = ["REACH", "TIE", "Chosen", "Competing", "choose", "clause_cuts", "inside_longer_name", "roles_of"]
