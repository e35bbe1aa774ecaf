import Foundation

exit(await Sco.main(Array(CommandLine.arguments.dropFirst())))
