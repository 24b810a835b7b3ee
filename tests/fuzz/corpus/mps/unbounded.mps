NAME          UNB
ROWS
 N  COST
 G  R1
COLUMNS
    MARKER                 'MARKER'                 'INTORG'
    X         COST        -1.0   R1           1.0
    MARKER                 'MARKER'                 'INTEND'
RHS
    RHS       R1           1.0
BOUNDS
 PL BND       X
ENDATA
