* a comment
ROWS
 N  obj
COLUMNS
    x  obj  1
ENDATA
