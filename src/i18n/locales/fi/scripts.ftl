js-correct-count = { $total } kysymyksestä { $count } oikein
