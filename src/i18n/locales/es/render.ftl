# Lo que el generador escribe por sí mismo en el cuerpo de los módulos: etiquetas, recuadros, botones de los cuestionarios.

instructor-note = Nota para instructores
code-output = Salida
code-error = Error
exercise-number = Ejercicio { $number }
figure-number = Figura { $number }:
section-link = Enlace a esta sección: { $title }
show-solution = Mostrar la solución
show-hint = Mostrar una pista
show-more = Mostrar más
callout-note = Nota
callout-tip = Consejo
callout-important = Importante
callout-warning = Advertencia
callout-caution = Precaución
callout-callout = Recuadro
callout-prereq = Requisito previo
callout-checklist = Lista de comprobación
callout-discussion = Debate
callout-testimonial = Testimonio
callout-keypoints = Puntos clave
callout-objectives = Objetivos
callout-questions = Preguntas

## Cuestionarios
quiz-self-check = Autoevaluación
quiz-self-check-of = Autoevaluación { $number } de { $total }
quiz-question-of = Pregunta { $number } de { $total }
quiz-check = Comprobar
quiz-show-hint = Mostrar una pista
quiz-retry = Volver a intentarlo
quiz-show-answer = Mostrar la respuesta
quiz-your-answer = Tu respuesta
quiz-move-up = Subir “{ $item }”
quiz-move-down = Bajar “{ $item }”
quiz-answer = Respuesta
quiz-accepted-answers = Respuestas aceptadas
quiz-right-order = El orden correcto
quiz-right = correcto
quiz-wrong = incorrecto
quiz-true = Verdadero
quiz-false = Falso

## Diagramas
diagram-source = Código del diagrama
diagram-flowchart = Diagrama de flujo
diagram-sequence = Diagrama de secuencia
diagram-state = Diagrama de estados
diagram-class = Diagrama de clases
diagram-titled = { $kind }: { $title }
