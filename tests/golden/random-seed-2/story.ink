VAR rolls = 0
The fog thins for {RANDOM(1, 6)} hours.
* [Wait]
  ~ rolls = RANDOM(1, 100)
  You wait; the scouts count {rolls} shell holes. {shuffle: Rain.|Wind.|Silence.}
* [Go]
  You go.
- -> END
