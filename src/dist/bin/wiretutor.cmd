@echo off
rem wiretutor @project.version@: runs lib\wiretutor.jar with Java 17 or newer. Needs no Maven and no sources.
rem Java is %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, otherwise java on the PATH. On the first run a
rem class-data-sharing (CDS) archive is made from a short silent session and kept in
rem %LOCALAPPDATA%\wiretutor\@project.version@\, never beside this install; when that folder cannot be
rem written, wiretutor runs without it. WIRETUTOR_JAVA_OPTS replaces the Java options.
setlocal
set "WT_VERSION=@project.version@"
set "WT_JAR=%~dp0..\lib\wiretutor.jar"
if not exist "%WT_JAR%" goto nojar

if not defined JAVA_HOME goto javafrompath
set "WT_JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%WT_JAVA%" goto havejava
echo wiretutor: JAVA_HOME is set to %JAVA_HOME%, but %JAVA_HOME%\bin\java.exe is not there. 1>&2
echo wiretutor: set JAVA_HOME to a Java 17 (or newer) installation, or unset it to use java on the PATH. 1>&2
exit /b 1
:javafrompath
set "WT_JAVA=java.exe"
where java.exe >nul 2>nul
if not errorlevel 1 goto havejava
echo wiretutor: Java is not installed (no java on the PATH, and JAVA_HOME is not set). 1>&2
echo wiretutor: install Java 17 or newer (e.g. from https://adoptium.net), then run wiretutor again. 1>&2
exit /b 1

:havejava
rem Java 8 says "1.8.0_...", 9 to 16 say "9." to "16": all too old.
rem (in the patterns "." stands for the quote before the version)
"%WT_JAVA%" -fullversion 2>&1 | findstr /r /c:"version .1\." /c:"version .[0-9][^0-9]" /c:"version .1[0-6][^0-9]" >nul
if errorlevel 1 goto javaok
echo wiretutor: needs Java 17 or newer, but %WT_JAVA% is older: 1>&2
"%WT_JAVA%" -fullversion 1>&2
echo wiretutor: install Java 17 or newer, and put it first on the PATH or set JAVA_HOME to it. 1>&2
exit /b 1

:javaok
rem Quick start-up: the same options as the sh launchers.
set "WT_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k"
if defined WIRETUTOR_JAVA_OPTS goto own
if not defined LOCALAPPDATA goto nocds
set "WT_CACHE=%LOCALAPPDATA%\wiretutor\%WT_VERSION%"
set "WT_JSA=%WT_CACHE%\wiretutor.jsa"
if exist "%WT_JSA%" goto cds
if not exist "%WT_CACHE%\" mkdir "%WT_CACHE%" >nul 2>nul
if not exist "%WT_CACHE%\" goto nocds
rem made under another name and then moved, so a start meanwhile never maps half an archive
set "WT_TMP=%WT_CACHE%\wiretutor-%RANDOM%%RANDOM%.tmp"
"%WT_JAVA%" %WT_OPTS% "-XX:ArchiveClassesAtExit=%WT_TMP%" -Xlog:disable -Xlog:all=off -jar "%WT_JAR%" --train-startup >nul 2>nul
if errorlevel 1 goto trainfailed
if exist "%WT_TMP%" move /y "%WT_TMP%" "%WT_JSA%" >nul 2>nul
:trainfailed
if exist "%WT_TMP%" del /q "%WT_TMP%" >nul 2>nul
if not exist "%WT_JSA%" goto nocds
:cds
"%WT_JAVA%" %WT_OPTS% "-XX:SharedArchiveFile=%WT_JSA%" -Xshare:auto -Xlog:disable -Xlog:all=off -jar "%WT_JAR%" %*
exit /b %ERRORLEVEL%
:own
"%WT_JAVA%" %WIRETUTOR_JAVA_OPTS% -jar "%WT_JAR%" %*
exit /b %ERRORLEVEL%
:nocds
"%WT_JAVA%" %WT_OPTS% -jar "%WT_JAR%" %*
exit /b %ERRORLEVEL%

:nojar
echo wiretutor: %WT_JAR% is missing; unpack the whole wiretutor-%WT_VERSION% folder again. 1>&2
exit /b 1
