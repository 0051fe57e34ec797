using Debate.Console;

return await EntryPoint.RunAsync(args);
