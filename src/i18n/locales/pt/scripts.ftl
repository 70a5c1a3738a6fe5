# As palavras dos scripts do tema (words.js); os argumentos são os mesmos de en/scripts.ftl.

## Estados dos módulos (listas de módulos, mapa do curso)

js-state-done = Concluído
js-state-ready = Pronto para começar
js-state-locked = Ainda não disponível
js-state-updated-short = atualizado
js-state-updated = atualizado depois que você o concluiu

## Barras de progresso e tempos

js-done-of-total = { $done } de { $total } concluídos
js-progress-in = Progresso em { $title }
js-progress-in-course = Progresso no curso inteiro
js-minutes = { $count } min
js-course-minutes-left = { $count ->
    [one] Falta cerca de { $count } minuto para terminar o curso.
   *[other] Faltam cerca de { $count } minutos para terminar o curso.
}
js-path-minutes-left = Faltam cerca de { $count } min.

## Metas, página inicial e páginas das trilhas

js-goal-reached = Sua meta: { $goal }. Você concluiu todos os módulos de que ela precisa: parabéns!
js-goal-left = { $count ->
    [one] Sua meta: { $goal }. Ainda há { $count } módulo para aprender, cerca de { $minutes } min.
   *[other] Sua meta: { $goal }. Ainda há { $count } módulos para aprender, cerca de { $minutes } min.
}
js-start-next = Começar o próximo: { $title }
js-continue = Continue de onde parou: { $title }
js-see-progress = Veja seu progresso
js-see-progress-on-learning = { $link } em Meu aprendizado.
js-choose-goal = Escolha uma meta
js-choose-goal-on-learning = { $link } em Meu aprendizado para ver exatamente o que falta aprender para alcançá-la.
js-open-record = Abrir seu certificado de conclusão de { $title }

## Página do módulo

js-done-on = Concluído em { $date }.
js-up-next = A seguir para você
js-nothing-ready = Nada mais está disponível ainda: conclua os módulos que você começou para desbloquear outros.
js-mark-to-see-more = Marque este módulo como concluído para ver o que ele libera.
js-revisit = Vale a pena rever
js-revisit-because = Algumas respostas aqui ainda não estavam certas. Este módulo se baseia em:

## Questionários

js-quiz-so-far = Até agora: { $count } de { $total } certas.
js-quiz-last-result = Seu último resultado: { $count } de { $total } certas.
js-quiz-correct = Correto!
js-quiz-not-quite = Não exatamente.
js-quiz-option-correct = Correta
js-quiz-option-incorrect = Incorreta
js-quiz-missed = { $count ->
    [one] { $count } opção certa não escolhida
   *[other] { $count } opções certas não escolhidas
}
js-quiz-wrong = { $count ->
    [one] { $count } opção escolhida está errada
   *[other] { $count } opções escolhidas estão erradas
}
js-quiz-detail = { $name }.
js-quiz-details = { $name }; { $title }.
js-quiz-choose-first = Escolha uma resposta primeiro.
js-quiz-enter-first = Digite uma resposta primeiro.
js-quiz-number-first = Digite um número primeiro.
js-quiz-moved = { $name } movido para a posição { $step } de { $total }.
js-quiz-show-hint = Mostrar uma dica
js-quiz-hide-hint = Ocultar a dica
js-quiz-right-before = Você já acertou esta pergunta antes.

## Pesquisa

js-search-loading = Carregando a pesquisa…
js-search-failed = Não foi possível carregar a pesquisa. Verifique sua conexão e digite de novo.
js-search-results = { $count ->
    [one] { $count } resultado
   *[other] { $count } resultados
}
js-search-best = { $count } resultados (os { $count } melhores)
js-search-none = Nenhum resultado para “{ $query }”. Tente menos palavras ou palavras mais curtas, ou verifique a ortografia.
js-search-none-at-level = Nenhum resultado para “{ $query }” no nível { $level }. Tente “Todos os níveis”, menos palavras ou palavras mais curtas, ou verifique a ortografia.

## Meu aprendizado

js-no-goal = Nenhuma meta ainda. Escolha uma acima: os módulos de que ela precisa e que você ainda não concluiu vão aparecer aqui.
js-goal-group-paths = Trilhas de aprendizagem
js-goal-group-modules = Módulos
js-no-quiz-yet = Você ainda não respondeu a nenhum questionário. Cada módulo termina com uma breve autoavaliação.
js-quiz-column-module = Módulo
js-quiz-column-score = Nota
js-quiz-column-answers = Respostas verificadas
js-quiz-column-last = Última tentativa
js-score = { $score } de { $total }
js-export-reminder = { $count ->
    [one] Você tem { $count } módulo concluído neste navegador. Os navegadores podem apagar os dados de um site, então exporte seu progresso de vez em quando para guardar uma cópia.
   *[other] Você tem { $count } módulos concluídos neste navegador. Os navegadores podem apagar os dados de um site, então exporte seu progresso de vez em quando para guardar uma cópia.
}
js-export-file = progresso
js-exported = Exportado. Guarde o arquivo em um lugar seguro; importe-o aqui ou em outro navegador.
js-imported = { $count ->
    [one] Importado. Agora você tem { $count } módulo concluído.
   *[other] Importado. Agora você tem { $count } módulos concluídos.
}
js-import-not-export = Este arquivo não é uma exportação de progresso do Syllabus. Nada foi alterado.
js-import-newer = Esta exportação vem de uma versão mais recente do Syllabus. Nada foi alterado.
js-import-other-course = Este arquivo contém o progresso de “{ $course }”, não deste curso. Nada foi alterado.
js-import-damaged = Este arquivo está danificado: parte do progresso não pode ser lida. Nada foi alterado.
js-import-unreadable = Não foi possível ler o arquivo. Nada foi alterado.
js-reset-confirm = Apagar todo o seu progresso, sua meta e os resultados dos seus questionários deste curso neste navegador? Isso não pode ser desfeito, a menos que você os tenha exportado.
js-reset-done = Seu progresso foi redefinido.

## Certificado de conclusão

js-record-no-path = Esta trilha de aprendizagem não existe neste curso.
js-record-not-yet = { $count ->
    [one] Seu certificado de conclusão de “{ $title }” aparecerá aqui quando todos os módulos da trilha estiverem concluídos: falta { $count } módulo.
   *[other] Seu certificado de conclusão de “{ $title }” aparecerá aqui quando todos os módulos da trilha estiverem concluídos: faltam { $count } módulos.
}
js-record-learner = O aluno
js-record-statement = { $name } concluiu a trilha de aprendizagem “{ $title }” de { $course } em { $date }.

# On My learning, when the browser does not promise to keep the site's data.
js-storage-not-kept = Este navegador pode apagar o seu progresso se não voltar durante algum tempo. Instale o curso no ecrã inicial, ou exporte o seu progresso, para o manter.
# Where the browser lets a course be installed (Android's prompt; iOS's Share menu).
js-install-course = Instalar este curso
js-install-ios = Para manter o seu progresso, instale o curso: toque em Partilhar e depois em «Adicionar ao ecrã principal».

js-update-available = Há uma nova versão deste curso.
js-update-reload = Recarregar
js-offline-save = Salvar para ler sem conexão ({ $size })
js-offline-saving = Salvando para ler sem conexão: { $percent }%
js-offline-saved = Salvo neste dispositivo para ler sem conexão
js-offline-remove = Remover deste dispositivo
js-offline-removed = Removido deste dispositivo
js-offline-failed = Não foi possível salvar tudo. Verifique a conexão e tente de novo.
js-offline-no-space = Não há espaço suficiente neste dispositivo: são necessários { $size } e há { $free } livres.
js-size-kb = { $size } KB
js-size-mb = { $size } MB
