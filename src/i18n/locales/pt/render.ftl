# O que o gerador escreve por conta própria no corpo dos módulos: rótulos, destaques, botões dos questionários.

instructor-note = Nota para o instrutor
code-output = Saída
code-error = Erro
exercise-number = Exercício { $number }
figure-number = Figura { $number }:
section-link = Link para esta seção: { $title }
show-solution = Mostrar a solução
show-hint = Mostrar uma dica
show-more = Mostrar mais
callout-note = Observação
callout-tip = Dica
callout-important = Importante
callout-warning = Aviso
callout-caution = Cuidado
callout-callout = Destaque
callout-prereq = Pré-requisito
callout-checklist = Lista de verificação
callout-discussion = Discussão
callout-testimonial = Depoimento
callout-keypoints = Pontos-chave
callout-objectives = Objetivos
callout-questions = Perguntas

## Questionários
quiz-self-check = Autoavaliação
quiz-self-check-of = Autoavaliação { $number } de { $total }
quiz-question-of = Pergunta { $number } de { $total }
quiz-check = Verificar
quiz-show-hint = Mostrar uma dica
quiz-retry = Tentar de novo
quiz-show-answer = Mostrar a resposta
quiz-your-answer = Sua resposta
quiz-move-up = Mover “{ $item }” para cima
quiz-move-down = Mover “{ $item }” para baixo
quiz-answer = Resposta
quiz-accepted-answers = Respostas aceitas
quiz-right-order = A ordem certa
quiz-right = certo
quiz-wrong = errado
quiz-true = Verdadeiro
quiz-false = Falso

## Diagramas
diagram-source = Código do diagrama
diagram-flowchart = Fluxograma
diagram-sequence = Diagrama de sequência
diagram-state = Diagrama de estados
diagram-class = Diagrama de classes
diagram-titled = { $kind }: { $title }
