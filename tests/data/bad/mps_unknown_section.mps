NAME          t
ROWS
 N  obj
 L  c1
COLUMNS
    x         obj          1.0   c1           1.0
FOOBAR
    RHS       c1           4.0
ENDATA
