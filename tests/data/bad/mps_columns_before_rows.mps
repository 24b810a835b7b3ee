NAME          t
COLUMNS
    x  obj  1
ROWS
 N  obj
ENDATA
